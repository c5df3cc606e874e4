/**
 * `npm run sample:first-view`: records the sample's first view (src/state/first-view.ts). Opens the
 * built app on the sample without any stored answers, in each language, lets the landing page ask
 * everything it asks, and stores the answers with the model description (built here by the same
 * code on the same engine) in public/sample/first-view.json (and dist/sample/, to use at once).
 * Rerun after changing the sample or the SQL of the landing page; tests/unit/first-view.test.ts
 * fails when a stored answer differs from the engine's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { launchChromium, waitReady } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';
import { openSampleModel, sampleManifest, SAMPLE_DIR } from '../tests/helpers/sample-node';
import type { Answer } from '../src/engine/query';
import { FIRST_VIEW_FILE, firstViewOf } from '../src/state/first-view';

it('records the first view of the sample', async () => {
  const dist = process.env.DIST_DIR ?? 'dist';
  // The sample without stored answers, so the app asks the engine everything.
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'first-view-'));
  for (const f of fs.readdirSync(path.join(dist, 'sample'))) {
    if (f !== FIRST_VIEW_FILE) fs.copyFileSync(path.join(dist, 'sample', f), path.join(bare, f));
  }
  const server = await serveStatic(dist, { '/sample/': bare });
  const browser = await launchChromium();
  const answers = new Map<string, Answer>();
  try {
    for (const locale of ['zh-CN', 'en-US']) {
      for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
        const context = await browser.newContext({ locale, viewport });
        const page = await context.newPage();
        await page.goto(server.url);
        await waitReady(page, 300_000);
        for (const a of await page.evaluate(() => window.channelLens.answers())) answers.set(`${a.sql}\u0000${JSON.stringify(a.params)}`, a);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(bare, { recursive: true, force: true });
  }
  const manifest = sampleManifest();
  const fv = firstViewOf(manifest, (await openSampleModel(manifest)).model, [...answers.values()]);
  const text = JSON.stringify(fv);
  for (const dir of [SAMPLE_DIR, path.join(dist, 'sample')]) fs.writeFileSync(path.join(dir, FIRST_VIEW_FILE), text);
  console.log(`${fv.answers.length} answers (${answers.size - fv.answers.length} left to the engine), ${(text.length / 1024).toFixed(0)} KB`);
}, 900_000);
