import { test } from 'vitest';
import fs from 'node:fs';
import { openNodeDuckDB } from '../helpers/duckdb-node';
import { importFile } from '../../src/ingest';
test('typed table memory', async () => {
  const db = await openNodeDuckDB();
  const out: string[] = [];
  const mem = async (label: string) => {
    const r = await db.run("SELECT tag, (memory_usage_bytes/1e6)::DOUBLE mb FROM duckdb_memory() WHERE memory_usage_bytes > 0", []);
    const t = await db.run("SELECT table_name, estimated_size::BIGINT::DOUBLE n, column_count::INTEGER c FROM duckdb_tables()", []);
    out.push(`${label}: ${JSON.stringify(r.toArray().map((x) => x.toJSON()))} ${JSON.stringify(t.toArray().map((x) => x.toJSON()))}`);
  };
  const runner = { ...db, run: async (sql: string, p: readonly unknown[]) => {
    const res = await db.run(sql, p as never);
    if (sql.startsWith('CREATE TABLE "__ingest') || sql.startsWith('DELETE FROM "__ingest')) await mem(sql.slice(0, 40));
    return res;
  } };
  const bytes = new Uint8Array(fs.readFileSync(process.env.F ?? '/tmp/adhoc/o115k.csv'));
  await importFile(runner as never, { name: 'orders.csv', bytes });
  await mem('after');
  console.log(out.join('\n'));
}, 300000);
