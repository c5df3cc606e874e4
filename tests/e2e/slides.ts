/** Presentation mode, driven as a presenter would: P, then → through every slide, then Esc. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Walk every slide with the keyboard; each fills the screen above the caption bar, nothing scrolls. */
export async function walkSlides(page: Page, shotPrefix: string | null): Promise<number> {
  await page.keyboard.press('p');
  await page.waitForSelector('[data-testid="present-counter"]');
  const total = Number((await page.textContent('[data-testid="present-counter"]'))!.split('/')[1]);
  expect(total).toBe(await page.evaluate(() => [...document.querySelectorAll('[data-slide]')].filter((e) => !e.parentElement?.closest('[data-slide]')).length));
  for (let i = 1; i <= total; i++) {
    await page.evaluate(() => window.channelLens.idle());
    expect(await page.textContent('[data-testid="present-counter"]')).toBe(`${i} / ${total}`);
    const m = await page.evaluate(() => {
      const slide = document.querySelector('[data-slide-current]')!.getBoundingClientRect().toJSON() as DOMRect;
      const bar = document.querySelector('[data-testid="present-bar"]')!.getBoundingClientRect().toJSON() as DOMRect;
      const se = document.scrollingElement!;
      return { slide, bar, scrollH: se.scrollHeight, scrollW: se.scrollWidth, w: innerWidth, h: innerHeight, shown: document.querySelectorAll('[data-slide-current]').length };
    });
    expect(m.shown).toBe(1);
    expect([m.w, m.h]).toEqual([1920, 1080]);
    expect(m.scrollH).toBeLessThanOrEqual(m.h);
    expect(m.scrollW).toBeLessThanOrEqual(m.w);
    expect([m.slide.left, m.slide.top, m.slide.width]).toEqual([0, 0, 1920]);
    expect(m.slide.height + m.bar.height).toBeCloseTo(1080, 0);
    if (shotPrefix) await page.screenshot({ path: `${shotPrefix}-slide-${i}.png` });
    await page.keyboard.press(i < total ? 'ArrowRight' : ' ');
  }
  // Past the last slide nothing moves; Esc leaves and the page is back.
  expect(await page.textContent('[data-testid="present-counter"]')).toBe(`${total} / ${total}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-present'));
  expect(await page.locator('[data-slide-current]').count()).toBe(0);
  expect(await page.locator('[data-testid="present-bar"]').count()).toBe(0);
  expect(await page.isVisible('[data-testid="copy-link"]')).toBe(true);
  return total;
}

