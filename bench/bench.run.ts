/**
 * `npm run bench`: measures the built app (dist/) at several sizes and writes BENCHMARKS.md.
 * Sizes: BENCH_SIZES="100000,1000000,5000000" (the default). Not part of the test command; a
 * smoke run at 10k rows is (tests/e2e/bench-smoke.test.ts).
 */
import fs from 'node:fs';
import { it } from 'vitest';
import { runBench } from './run';
import { benchTable } from './report';

it('benchmark', async () => {
  const sizes = (process.env.BENCH_SIZES ?? '100000,1000000,5000000').split(',').map(Number);
  const result = await runBench(sizes, process.env.DIST_DIR ?? 'dist', (s) => console.log(s));
  const table = benchTable(result);
  console.log(`\n${table}\n`);
  const doc = fs.readFileSync('BENCHMARKS.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const body = `${start}\nMeasured ${result.date} on ${result.machine}; Chromium headless.\n\n${table}\n${end}`;
  fs.writeFileSync('BENCHMARKS.md', doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), body) : `${doc}\n${body}\n`);
}, 3_600_000);
