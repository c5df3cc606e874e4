/**
 * Accessibility basics on every page, in Chromium: each interactive control is reached by Tab and
 * shows a visible focus indicator, each input has a label, each chart has a text alternative, and
 * text contrast is at least 4.5:1 (3:1 for large text), computed from the rendered colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, waitReady } from './browser';

const PAGES = ['overview', 'sales', 'partners', 'inventory', 'collections', 'enablement', 'funnel', 'scorecards', 'report', 'data'];

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await waitReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function show(name: string): Promise<void> {
  await page.evaluate((p) => window.channelLens.apply({ page: p }), name);
  await page.evaluate(() => window.channelLens.idle());
  // Colours are read once fades and transitions have finished.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** Controls a keyboard user must reach: visible, enabled, not taken out of the tab order. */
const CONTROLS = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Tab through the page; returns the controls never focused and those focused without a visible indicator. */
async function tabThrough(): Promise<{ total: number; unreached: string[]; invisible: string[] }> {
  const total = await page.evaluate((sel) => {
    const w = window as unknown as { __a11y: { reached: Set<Element>; invisible: string[]; rest: WeakMap<Element, string> } };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    // The look of a control and its two ancestors (focus-within rings), without focus.
    const look = (el: Element) => [el, el.parentElement, el.parentElement?.parentElement].filter(Boolean).map((x) => {
      const s = getComputedStyle(x!);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}|${s.boxShadow}|${s.borderColor}|${s.backgroundColor}`;
    }).join(' / ');
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      // checkVisibility: false inside a closed <details> (content-visibility: hidden), where Tab rightly skips.
      return (r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && el.checkVisibility({ visibilityProperty: true })) || el.matches('input[type=file]');
    };
    (document.activeElement as HTMLElement | null)?.blur();
    const controls = [...document.querySelectorAll(sel)].filter((el) => visible(el) && !(el as HTMLButtonElement).disabled && !el.closest('[inert],[aria-hidden="true"]'));
    const rest = new WeakMap<Element, string>();
    for (const el of controls) rest.set(el, look(el));
    w.__a11y = { reached: new Set(), invisible: [], rest };
    document.addEventListener('focusin', (e) => {
      const el = e.target as Element;
      w.__a11y.reached.add(el);
      const before = w.__a11y.rest.get(el);
      if (before !== undefined && before === look(el)) w.__a11y.invisible.push(describe(el));
    });
    (window as unknown as { __controls: Element[] }).__controls = controls;
    return controls.length;
  }, CONTROLS);
  await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); });
  for (let i = 0; i < total + 15; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const w = window as unknown as { __a11y: { reached: Set<Element>; invisible: string[] }; __controls: Element[] };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    return { total: w.__controls.length, unreached: w.__controls.filter((el) => el.isConnected && !w.__a11y.reached.has(el)).map(describe), invisible: [...new Set(w.__a11y.invisible)] };
  });
}

/** Inputs without a label, and charts without a text alternative. */
function unlabelled(): Promise<{ inputs: string[]; charts: string[]; chartCount: number }> {
  return page.evaluate(() => {
    const named = (el: Element) => {
      const aria = el.getAttribute('aria-label')?.trim();
      const by = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim()).join('');
      const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent?.trim()).join('');
      return Boolean(aria || by || labels);
    };
    const inputs = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
    const chartEls = [...document.querySelectorAll('.chart[data-testid]')];
    const charts = chartEls.filter((el) => !el.getAttribute('aria-label')?.trim()).map((el) => (el as HTMLElement).dataset.testid!);
    return { inputs, charts, chartCount: chartEls.length };
  });
}

/** Text whose contrast against its effective background is under 4.5:1 (3:1 when large). */
function lowContrast(): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number).concat(c.startsWith('rgba') ? [] : [1]).slice(0, 4);
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** Background colours from the element up, composed over white; null under an image or gradient. */
    const background = (el: Element): number[] | null => {
      const layers: number[][] = [];
      for (let x: Element | null = el; x; x = x.parentElement) {
        const s = getComputedStyle(x);
        if (s.backgroundImage !== 'none') return null;
        const c = rgba(s.backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || el.closest('[aria-hidden="true"], .chart, option, script, style')) continue;
      if ((el as HTMLButtonElement).disabled || el.closest('button:disabled')) continue; // exempt in WCAG
      let opacity = 1;
      for (let x: Element | null = el; x; x = x.parentElement) opacity *= Number(getComputedStyle(x).opacity);
      if (opacity === 0) continue;
      const bg = background(el);
      if (!bg) continue;
      const fg = over(rgba(s.color).map((v, i) => (i === 3 ? v * opacity : v)), bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)} "${n.textContent.trim().slice(0, 30)}" ${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(',')}) <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    return out;
  });
}

describe('accessibility basics', () => {
  for (const name of PAGES) {
    it(`${name}: keyboard, labels, chart text alternatives, contrast`, async () => {
      await show(name);
      const labels = await unlabelled();
      expect(labels.inputs, 'inputs without a label').toEqual([]);
      expect(labels.charts, 'charts without a text alternative').toEqual([]);
      expect(await lowContrast(), 'text under the contrast minimum').toEqual([]);
      const tab = await tabThrough();
      expect(tab.total).toBeGreaterThan(3);
      expect(tab.unreached, 'controls Tab never reaches').toEqual([]);
      expect(tab.invisible, 'controls focused without a visible indicator').toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
