/** The built app in headless Chromium: cold start, interaction latency, import, peak tab memory. */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitReady } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';
import { DRILL_STEPS, applyPatch } from './steps';
import { percentile } from './native';

export interface BrowserResult {
  coldStartMs: number;
  applyP50: number;
  applyP95: number;
  importCsvMs: number | null;
  peakRendererMb: number;
  /** Paths of the JS and CSS the first view fetched on the main thread (workers excluded). */
  firstViewAssets: string[];
}

/** Resident memory of Chromium's renderer processes (one tab is open), in MB. */
function rendererRssMb(): number {
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch { /* the process ended */ }
  }
  return kb / 1024;
}

async function sinceNavigation(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function measureBrowser(dist: string, dbDir: string, csvFile: string | null): Promise<BrowserResult> {
  const server = await serveStatic(dist, { '/sample/': dbDir });
  const browser: Browser = await launchChromium();
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, rendererRssMb())), 100);
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const assets: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/\.(js|css)$/.test(url.pathname) && !url.pathname.includes('.worker')) assets.push(url.pathname.slice(1));
    });
    await page.goto(server.url);
    await waitReady(page, 600_000);
    const coldStartMs = await sinceNavigation(page);

    const times: number[] = [];
    for (const step of DRILL_STEPS) {
      times.push(await page.evaluate(async (patch) => {
        const t0 = performance.now();
        await window.channelLens.apply(patch);
        return performance.now() - t0;
      }, applyPatch(step)));
    }

    let importCsvMs: number | null = null;
    if (csvFile && (await page.$('[data-testid="file-input"]'))) {
      const t0 = Date.now();
      await page.setInputFiles('[data-testid="file-input"]', csvFile);
      await page.waitForFunction(() => document.documentElement.dataset.state === 'loading', null, { timeout: 60_000 }).catch(() => {});
      await waitReady(page, 600_000);
      importCsvMs = Date.now() - t0;
    }
    await context.close();
    return { coldStartMs, applyP50: percentile(times, 50), applyP95: percentile(times, 95), importCsvMs, peakRendererMb: Math.max(peak, rendererRssMb()), firstViewAssets: assets };
  } finally {
    clearInterval(poll);
    await browser.close();
    await server.close();
  }
}
