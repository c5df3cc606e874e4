/** Keeps `npm run bench` working: the whole pipeline at 10k orders, checking figures exist (never their size). */
import { expect, it } from 'vitest';
import { runBench } from '../../bench/run';
import { benchTable } from '../../bench/report';
import { DRILL_STEPS } from '../../bench/steps';

it('runs the benchmark pipeline at 10k orders', async () => {
  expect(DRILL_STEPS).toHaveLength(30);
  const r = await runBench([10_000], process.env.DIST_DIR ?? 'dist');
  const s = r.sizes[0];
  expect(s.error).toBeUndefined();
  const b = s.browser!;
  for (const v of [b.coldStartMs, b.applyP50, b.applyP95, b.importCsvMs ?? NaN, b.importParquetMs ?? NaN, s.native.csvLoadMs, s.bareWasmCsvMs ?? NaN, s.native.queryP95, b.peakRendererMb]) {
    expect(Number.isFinite(v) && v > 0).toBe(true);
  }
  expect(r.bundle.initialJsGzipKb).toBeGreaterThan(0);
  expect(Number.isFinite(r.sample.readyMs) && r.sample.readyMs > 0).toBe(true);
  expect(r.sample.statements).toBeGreaterThan(0);
  expect(b.profile.statementsPerStep).toBeGreaterThan(0);
  expect(benchTable(r)).toContain('| 10,000 |');
}, 600_000);
