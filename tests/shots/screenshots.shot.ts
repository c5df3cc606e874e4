/**
 * Screenshots of each view at laptop and phone size, both languages, for a person to look at.
 * Not a test: run with `npm run screenshots` (after `npm run build`); PNGs land in SHOTS_DIR.
 */
import { it } from 'vitest';
import fs from 'node:fs';
import { serveStatic } from '../e2e/static-server';
import { launchChromium, waitReady } from '../e2e/browser';

const OUT = process.env.SHOTS_DIR ?? 'test-results/shots';
/** SHOTS="overview:;sales:?page=sales" — name, colon, the query string to open. */
const VIEWS = (process.env.SHOTS ?? 'overview:')
  .split(';')
  .filter(Boolean)
  .map((s) => ({ name: s.slice(0, s.indexOf(':')), search: s.slice(s.indexOf(':') + 1) }));
const SIZES = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

it('takes screenshots', async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  const browser = await launchChromium();
  try {
    for (const view of VIEWS)
      for (const lang of ['zh-CN', 'en'])
        for (const size of SIZES) {
          const context = await browser.newContext({ locale: lang, viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(`${server.url}${view.search}`);
          await waitReady(page);
          await page.screenshot({ path: `${OUT}/${view.name}-${lang}-${size.name}.png`, fullPage: process.env.FULL === '1' });
          await context.close();
        }
  } finally {
    await browser.close();
    await server.close();
  }
}, 300_000);
