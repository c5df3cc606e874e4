/** Parquet bytes → a canonical table. The table name is checked against the schema, never taken raw. */
import type { SqlRunner } from '../engine/query';
import { TABLE_NAMES, type TableName } from './schema';

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** Replace `table` with the rows of a Parquet file, atomically (built under a staging name, then swapped). */
export async function loadParquetTable(runner: SqlRunner, table: TableName, bytes: Uint8Array): Promise<void> {
  if (!isTableName(table)) throw new Error(`not a canonical table: ${table}`);
  const file = `${table}.parquet`;
  await runner.registerFile(file, bytes);
  try {
    await runner.run(`CREATE OR REPLACE TABLE "${table}__staging" AS SELECT * FROM read_parquet('${file}')`, []);
    await runner.run(`BEGIN TRANSACTION`, []);
    try {
      await runner.run(`DROP TABLE IF EXISTS "${table}"`, []);
      await runner.run(`ALTER TABLE "${table}__staging" RENAME TO "${table}"`, []);
      await runner.run(`COMMIT`, []);
    } catch (e) {
      await runner.run(`ROLLBACK`, []);
      throw e;
    }
  } finally {
    await runner.dropFile(file);
  }
}
