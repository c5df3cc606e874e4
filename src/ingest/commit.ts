/**
 * The last step of an import: the finished staging table replaces the target table, or is appended
 * to it, inside one transaction, so a failure leaves the target exactly as it was. Also the checks
 * that need the target: source names, duplicate keys, and a content fingerprint.
 */
import type { SqlRunner } from '../engine/query';
import type { Duplicates } from './report';
import { KEY_COLUMNS, UNIQUE_IN_FILE, type TableName } from './schema';
import { quoteIdent } from './sql';

/** Every imported row carries the file it came from, so a file can be removed again. */
export const SOURCE_COLUMN = '_source';

const rows = async (runner: SqlRunner, sql: string, params: (string | number)[] = []) =>
  (await runner.run(sql, params)).toArray().map((r) => r.toJSON() as Record<string, unknown>);

/** Column name → type of a table in the current schema, or null when there is no such table. */
export async function tableColumns(runner: SqlRunner, table: string): Promise<Map<string, string> | null> {
  const found = await rows(runner,
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`, [table]);
  return found.length ? new Map(found.map((r) => [String(r.column_name), String(r.data_type)])) : null;
}

/** The file name, or `name (2)`, `name (3)`… when an earlier file of that name is already in the table. */
export async function uniqueSource(runner: SqlRunner, table: string, file: string, append: boolean): Promise<string> {
  const columns = append ? await tableColumns(runner, table) : null;
  if (!columns?.has(SOURCE_COLUMN)) return file;
  const taken = new Set((await rows(runner, `SELECT DISTINCT ${SOURCE_COLUMN} AS s FROM ${quoteIdent(table)}`)).map((r) => String(r.s)));
  let name = file;
  for (let n = 2; taken.has(name); n++) name = `${file} (${n})`;
  return name;
}

/** Rows whose key repeats in the file (for tables where it must be unique) or is already in the table. */
export async function findDuplicates(
  runner: SqlRunner, staged: string, table: string, kind: TableName, append: boolean, columns: string[],
): Promise<Duplicates | null> {
  const key = (KEY_COLUMNS[kind] ?? []).filter((k) => columns.includes(k));
  if (key.length === 0 || (kind === 'targets' && !key.includes('period'))) return null;
  const ref = (alias: string, k: string) => `${alias}${quoteIdent(k)}`;
  const label = (a: string) => (key.length === 1 ? ref(a, key[0]) : `concat_ws(' / ', ${key.map((k) => ref(a, k)).join(', ')})`);
  const anyKey = (a: string) => key.map((k) => `${ref(a, k)} IS NOT NULL`).join(' OR ');
  let inFile = 0;
  let examples: string[] = [];
  if (UNIQUE_IN_FILE.includes(kind) || kind === 'targets') {
    const r = await rows(runner, `SELECT sum(n) AS n, list(k ORDER BY k)[1:5] AS ex FROM (
      SELECT ${label('')} AS k, count(*) AS n FROM ${quoteIdent(staged)} WHERE ${anyKey('')} GROUP BY ALL HAVING count(*) > 1)`);
    inFile = Number(r[0]?.n ?? 0);
    examples = listOf(r[0]?.ex);
  }
  let existing = 0;
  const target = append ? await tableColumns(runner, table) : null;
  if (target && key.every((k) => target.has(k))) {
    const same = key.map((k) => `${ref('t.', k)} IS NOT DISTINCT FROM ${ref('s.', k)}`).join(' AND ');
    const r = await rows(runner, `SELECT count(*) AS n, list(DISTINCT ${label('s.')})[1:5] AS ex
      FROM ${quoteIdent(staged)} s WHERE (${anyKey('s.')}) AND EXISTS (SELECT 1 FROM ${quoteIdent(table)} t WHERE ${same})`);
    existing = Number(r[0]?.n ?? 0);
    if (examples.length === 0) examples = listOf(r[0]?.ex);
  }
  return { key, inFile, existing, examples };
}

function listOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : Array.from(value as Iterable<unknown>);
  return items.filter((x) => x !== null && x !== undefined).map(String);
}

/**
 * Make `staged` the table's content (replace) or add its rows (append), atomically. Columns the
 * new rows have and the table lacks are added first; rows already there get NULL in them.
 */
export async function commitTable(runner: SqlRunner, staged: string, table: string, append: boolean): Promise<string[]> {
  const target = append ? await tableColumns(runner, table) : null;
  const statements: string[] = [];
  const added: string[] = [];
  if (target) {
    const incoming = (await tableColumns(runner, staged))!;
    for (const [name, type] of incoming) {
      if (!target.has(name)) { statements.push(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`); added.push(name); }
    }
    statements.push(`INSERT INTO ${quoteIdent(table)} BY NAME SELECT * FROM ${quoteIdent(staged)}`, `DROP TABLE ${quoteIdent(staged)}`);
  } else {
    statements.push(`DROP TABLE IF EXISTS ${quoteIdent(table)}`, `ALTER TABLE ${quoteIdent(staged)} RENAME TO ${quoteIdent(table)}`);
  }
  // One call: other queries of the page cannot slip in between the statements of the swap.
  try {
    await runner.run(`BEGIN TRANSACTION; ${statements.join('; ')}; COMMIT;`, []);
  } catch (e) {
    await runner.run('ROLLBACK', []).catch(() => undefined);
    throw e;
  }
  return added;
}

/** An order-independent hash of a table's rows over `columns` (16 hex digits). */
export async function fingerprint(runner: SqlRunner, table: string, columns: string[]): Promise<string> {
  if (columns.length === 0) return '0000000000000000';
  const r = await rows(runner,
    `SELECT CAST(COALESCE(sum(hash(row(${columns.map(quoteIdent).join(', ')}))), 0) % 18446744073709551616 AS UBIGINT) AS h,
       count(*) AS n FROM ${quoteIdent(table)}`);
  return `${BigInt(String(r[0].h)).toString(16).padStart(16, '0')}`;
}
