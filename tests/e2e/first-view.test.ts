/**
 * The sample's first view paints from its recorded answers (public/sample/first-view.json) while
 * the engine starts. Every question the landing page asks on a first visit must be among them:
 * when this fails, the landing page's SQL changed — rerun `npm run sample:first-view`. (Whether
 * the stored answers are right is tests/unit/first-view.test.ts.) And the painted page must work
 * as soon as the engine is up: a filter applied at once is answered by the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { kpiValue, launchChromium, openApp } from './browser';
import { openTruth, type Truth } from './sample-truth';

const dist = process.env.DIST_DIR ?? 'dist';
const key = (a: { sql: string; params: unknown[] }) => `${a.sql}\u0000${JSON.stringify(a.params)}`;

let server: StaticServer;
let browser: Browser;
let truth: Truth;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
  truth = await openTruth();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  truth?.close();
});

describe('first view of the sample', () => {
  const recorded = new Set((JSON.parse(fs.readFileSync(path.join(dist, 'sample', 'first-view.json'), 'utf8')) as {
    answers: { sql: string; params: unknown[] }[];
  }).answers.map(key));

  for (const [locale, width] of [['zh-CN', 1440], ['en-US', 390]] as const) {
    it(`asks nothing beyond the recorded answers (${locale}, ${width} px)`, async () => {
      const { context, page, errors } = await openApp(browser, server.url, locale);
      await page.setViewportSize({ width, height: 844 });
      await page.evaluate(() => window.channelLens.idle());
      const asked = await page.evaluate(() => window.channelLens.answers());
      expect(asked.length).toBeGreaterThan(5);
      expect(asked.map(key).filter((k) => !recorded.has(k)).map((k) => k.slice(0, 160))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('answers a filter applied right after the first paint', async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    const { from, to } = await truth.defaultPeriod();
    await page.evaluate(() => window.channelLens.apply({ region: ['华南'] }));
    const [expected] = await truth.sql(
      `SELECT COALESCE(SUM(amount), 0)::DOUBLE AS v FROM orders WHERE region = '华南' AND order_date BETWEEN $1::DATE AND $2::DATE`, [from, to]);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(Number(expected.v), 0);
    // The engine answered, so the header no longer says it is starting.
    await page.waitForSelector('[data-testid="engine-starting"]', { state: 'detached', timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
