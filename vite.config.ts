import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset paths: dist/ must work from any static host, in any sub-folder.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
  },
  // Module workers (the Parquet decoder, ingest/parquet-worker.ts), like the page's own code.
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/echarts-svg.ts'],
          // Generous: each file opens DuckDB-WASM in beforeAll, slow when the e2e browsers share the cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'bench', include: ['bench/**/*.run.ts'], environment: 'node', testTimeout: 3_600_000 },
      },
      {
        extends: true,
        test: { name: 'shots', include: ['tests/shots/**/*.shot.ts'], environment: 'node', testTimeout: 300_000 },
      },
    ],
  },
});
