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
  /** The same orders as Parquet, imported into a fresh tab on the sample (file input to ready). */
  importParquetMs: number | null;
  peakRendererMb: number;
  /** Paths of the JS and CSS the first view fetched on the main thread (workers excluded). */
  firstViewAssets: string[];
  /** Where the drill steps' time went: statements per step and engine time per statement shape. */
  profile: QueryProfile;
}

export interface QueryProfile {
  /** Mean statements per drill step, and mean Σ run time of a step's statements (ms). */
  statementsPerStep: number;
  engineMsPerStep: number;
  /** Per statement shape (its first 90 characters): how many ran in all steps, mean and max run ms. */
  shapes: { sql: string; count: number; meanMs: number; maxMs: number }[];
}

interface LogEntry { sql: string; waitMs: number; runMs: number }

function profileOf(steps: LogEntry[][]): QueryProfile {
  const all = steps.flat();
  const by = new Map<string, number[]>();
  for (const e of all) {
    // Metric statements share their first CTE (the period): key on what follows it.
    const key = e.sql.replace('WITH s AS (SELECT ?::DATE AS d_from, ?::DATE AS d_to), ', '').slice(0, 90);
    by.set(key, [...(by.get(key) ?? []), e.runMs]);
  }
  const shapes = [...by].map(([sql, ms]) => ({ sql, count: ms.length, meanMs: ms.reduce((a, b) => a + b, 0) / ms.length, maxMs: Math.max(...ms) }));
  shapes.sort((a, b) => b.meanMs * b.count - a.meanMs * a.count);
  return {
    statementsPerStep: all.length / Math.max(1, steps.length),
    engineMsPerStep: all.reduce((a, e) => a + e.runMs, 0) / Math.max(1, steps.length),
    shapes,
  };
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

/** File input → ready again, in ms. */
async function timeImport(page: Page, file: string): Promise<number> {
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'loading', null, { timeout: 60_000 }).catch(() => {});
  await waitReady(page, 600_000);
  return Date.now() - t0;
}

async function sinceNavigation(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function measureBrowser(dist: string, dbDir: string, csvFile: string | null, parquetFile: string | null = null): Promise<BrowserResult> {
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
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await waitReady(page, 600_000).catch((e: unknown) => {
      throw new Error(`${errors[0] ?? (e instanceof Error ? e.message : String(e))}`.replace(/\s+/g, ' '));
    });
    const coldStartMs = await sinceNavigation(page);
    // The first view is what was fetched until ready; drill steps and imports load more later.
    const firstViewAssets = [...assets];

    const times: number[] = [];
    const logs: LogEntry[][] = [];
    for (const step of DRILL_STEPS) {
      const r = await page.evaluate(async (patch) => {
        const t0 = performance.now();
        await window.channelLens.apply(patch);
        const ms = performance.now() - t0;
        const log = window.channelLens.queryLog?.(t0) ?? [];
        return { ms, log: log.map((e) => ({ sql: e.sql, waitMs: e.waitMs, runMs: e.runMs })) };
      }, applyPatch(step));
      times.push(r.ms);
      logs.push(r.log);
    }

    const importCsvMs = csvFile && (await page.$('[data-testid="file-input"]')) ? await timeImport(page, csvFile) : null;
    await context.close();

    let importParquetMs: number | null = null;
    if (parquetFile && fs.existsSync(parquetFile)) {
      const fresh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      const p = await fresh.newPage();
      await p.goto(server.url);
      await waitReady(p, 600_000);
      importParquetMs = await timeImport(p, parquetFile);
      await fresh.close();
    }
    return { coldStartMs, applyP50: percentile(times, 50), applyP95: percentile(times, 95), importCsvMs, importParquetMs, peakRendererMb: Math.max(peak, rendererRssMb()), firstViewAssets, profile: profileOf(logs) };
  } finally {
    clearInterval(poll);
    await browser.close();
    await server.close();
  }
}

export interface ColdStart {
  /** Navigation to data-state="ready" on the app's own built-in sample: the first view painted. */
  readyMs: number;
  /** Navigation to the engine answering a new question (sample loaded, model built). */
  interactiveMs: number;
  /** When the engine's first statement was queued: the wasm downloaded, compiled and started. */
  engineUpMs: number;
  /** Σ run time of the statements until the engine answered (sample copy, model, rollups). */
  statementsMs: number;
  statements: number;
  /** Statements the engine had run by the time the first view was painted. */
  statementsBeforeReady: number;
}

/** Cold start on the built-in sample (dist/sample), first visit, empty cache. */
export async function measureColdStart(dist: string): Promise<ColdStart> {
  const server = await serveStatic(dist);
  const browser: Browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(server.url);
    await waitReady(page, 600_000);
    return await page.evaluate(async () => {
      const readyMs = performance.now();
      const before = window.channelLens.queryLog(0).length;
      await window.channelLens.query('SELECT 1');
      const interactiveMs = performance.now();
      const log = window.channelLens.queryLog(0).slice(0, -1);
      return {
        readyMs,
        interactiveMs,
        engineUpMs: log[0]?.queuedAt ?? Number.NaN,
        statementsMs: log.reduce((a, e) => a + e.runMs, 0),
        statements: log.length,
        statementsBeforeReady: before,
      };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

