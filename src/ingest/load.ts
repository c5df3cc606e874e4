/**
 * importFile: a dropped file → a canonical (or raw) table, atomically, with a report. DuckDB reads
 * the file into a staging table of text, SQL types and checks it, and the result replaces or is
 * appended to the target in one transaction. Any failure or cancel drops the staging tables and
 * leaves every existing table as it was. The caller runs buildModel() afterwards.
 */
import { StatementCancelled, type SqlRunner } from '../engine/query';
import { commitTable, findDuplicates, SOURCE_COLUMN, tableColumns, uniqueSource } from './commit';
import { decideReadings, inferRawTypes, normalisePlaces, typedTableSql, type ConvertSpec, type TargetColumn } from './convert';
import { rememberMapping } from './memory';
import { defaultRegionMap } from './places';
import { parquetBuffer, planImport, type ImportFile, type ImportPlan, type PlanOptions } from './plan';
import { ImportError, type ImportReport, type ImportWarning } from './report';
import { collectSkips } from './skips';
import { SCHEMA, type ColumnType, type TableName } from './schema';
import { quoteIdent } from './sql';
import { utf8Bytes } from './text-thread';
import { csvError, csvRowBase, csvSource, parquetSource, plainCsvTypes, type StagedType } from './stage';

export type ImportPhase = 'planning' | 'reading' | 'converting' | 'checking' | 'saving' | 'done';
export interface ImportProgress {
  phase: ImportPhase;
  /** Rows read so far; while `fraction` is given, an estimate from it. */
  rows?: number;
  /** While the file is read and typed in one statement: how much of it DuckDB has been through (0–1). */
  fraction?: number;
}

export interface ImportOptions extends PlanOptions {
  /** Add the rows to the table instead of replacing it (monthly files of one report). */
  append?: boolean;
  /** Slash dates with the year last are day first, when their values do not decide it. */
  dayFirst?: boolean;
  /** Province (short name) → region, replacing the default map. */
  regionMap?: Record<string, string>;
  /** Store this mapping in `memory` for files with the same header (the user confirmed it). */
  remember?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** The file's plan, when the caller already made it with these options (to decide on the mapping step). */
  plan?: ImportPlan;
}

let imports = 0;
const chains = new WeakMap<SqlRunner, Promise<unknown>>();

/** Imports into one database run one after another: appends must see each other's sources. */
function serial<T>(runner: SqlRunner, job: () => Promise<T>): Promise<T> {
  const next = (chains.get(runner) ?? Promise.resolve()).then(job, job);
  chains.set(runner, next.catch(() => undefined));
  return next;
}

const cancelled = () => new ImportError('aborted', 'the import was cancelled');

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw cancelled();
}

/** Target columns in canonical order, plus derived ones (region from province, partner_id from name). */
function targetColumns(plan: ImportPlan, kind: TableName | 'raw'): TargetColumn[] {
  if (kind === 'raw') return plan.mapping.columns.map((c) => ({ name: c.column, type: 'VARCHAR', index: c.index, scale: c.scale }));
  const mapped = new Map(plan.mapping.columns.map((c) => [c.column, c]));
  const out: TargetColumn[] = [];
  for (const spec of SCHEMA[kind].columns) {
    const m = mapped.get(spec.name);
    if (m) out.push({ name: spec.name, type: spec.type, index: m.index, scale: m.scale });
    else if (spec.name === 'region' && mapped.has('province')) out.push({ name: 'region', type: 'VARCHAR', index: -1, scale: 1, from: 'province' });
    else if (spec.name === 'partner_id' && kind === 'partners' && mapped.has('partner_name')) {
      out.push({ name: 'partner_id', type: 'VARCHAR', index: -1, scale: 1, from: 'partner_name' });
    }
  }
  return out;
}

async function count(runner: SqlRunner, sql: string): Promise<number> {
  const r = (await runner.run(sql, [])).toArray()[0] as Record<string, unknown> | undefined;
  return Number(r?.n ?? 0);
}

/** The staged type that lets a target column skip the text round trip (Parquet numbers and dates). */
const STAGED_FOR: Record<ColumnType, StagedType> = { DOUBLE: 'DOUBLE', INTEGER: 'DOUBLE', DATE: 'DATE', VARCHAR: 'VARCHAR', BOOLEAN: 'VARCHAR' };

/**
 * Get the rows to DuckDB and return the relation reading them: a CSV is registered and read by
 * DuckDB as text; a Parquet file is decoded by hyparquet into a table of text, with the numbers
 * and dates its targets want already typed (recorded in spec.staged; see parquet.ts).
 */
async function register(runner: SqlRunner, file: ImportFile, plan: ImportPlan, spec: ConvertSpec, id: string, opts: ImportOptions): Promise<string> {
  if (plan.format === 'parquet') {
    const onRows = (rows: number) => opts.onProgress?.({ phase: 'reading', rows });
    const [{ stageParquet }, { workerDecoder }] = await Promise.all([import('./parquet'), import('./parquet-thread')]);
    const wanted = wantedTypes(plan, spec);
    const buffer = await parquetBuffer(file);
    const decode = workerDecoder(buffer, opts.signal);
    spec.staged = await stageParquet(runner, buffer, `${id}_parquet`, { signal: opts.signal, onRows, wanted, decode });
    return parquetSource(`${id}_parquet`, plan.headers.length);
  }
  if (!('bytes' in file)) throw new ImportError('bad-option', 'a CSV file must be given as bytes');
  await runner.registerFile(`${id}.csv`, await utf8Bytes(file, plan.text!, opts.signal));
  // The head and the tail: totals rows and footers sit at the end of exports.
  spec.staged = plainCsvTypes(wantedTypes(plan, spec), [...plan.sample, ...plan.layout!.tail]);
  return csvSource(`${id}.csv`, plan.layout!, spec.staged);
}

function wantedTypes(plan: ImportPlan, spec: ConvertSpec): StagedType[] {
  const wanted = plan.headers.map((): StagedType => 'VARCHAR');
  for (const c of spec.columns) if (c.index >= 0) wanted[c.index] = STAGED_FOR[c.type];
  return wanted;
}

/** DuckDB reads the file during these statements: its CSV errors become ImportErrors. */
async function reading<T>(plan: ImportPlan, job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (e) {
    if (e instanceof StatementCancelled) throw cancelled();
    throw plan.format === 'csv' && !(e instanceof ImportError) ? csvError(e) : e;
  }
}

/** Warnings about what the conversion changed: regions filled in, returns negated. */
async function changeWarnings(runner: SqlRunner, spec: ConvertSpec, regionsDerived: number): Promise<ImportWarning[]> {
  const out: ImportWarning[] = [];
  if (regionsDerived > 0) out.push({ code: 'region-derived', column: 'region', rows: regionsDerived });
  const returns = await count(runner, `SELECT count(*) AS n FROM ${quoteIdent(spec.typed)} WHERE __reason IS NULL AND __return`);
  if (returns > 0) out.push({ code: 'returns-negated', rows: returns });
  if (spec.columns.some((c) => c.from === 'partner_name')) out.push({ code: 'partner-id-from-name', column: 'partner_id' });
  return out;
}

/**
 * The typed table becomes the loaded one in place instead of being copied (a copy of a million rows
 * took 2.6 s in the browser and held two copies at once): left-out rows are deleted, the working
 * columns dropped (DuckDB drops a column without rewriting the others) and v<k> renamed. The rows
 * keep file order: the typed table was written in file order (one thread, insertion order kept).
 */
async function finalTable(runner: SqlRunner, spec: ConvertSpec, final: string): Promise<void> {
  const typed = quoteIdent(spec.typed);
  const kept = new Set([...spec.columns.map((_, k) => `v${k}`), SOURCE_COLUMN]);
  const columns = [...(await tableColumns(runner, spec.typed))!.keys()];
  await runner.run([
    `DELETE FROM ${typed} WHERE __reason IS NOT NULL`,
    ...columns.filter((c) => !kept.has(c)).map((c) => `ALTER TABLE ${typed} DROP COLUMN ${quoteIdent(c)}`),
    // Through working names: a raw column may be called v2 while v2 is still another column.
    ...spec.columns.map((_, k) => `ALTER TABLE ${typed} RENAME COLUMN v${k} TO __final_${k}`),
    ...spec.columns.map((c, k) => `ALTER TABLE ${typed} RENAME COLUMN __final_${k} TO ${quoteIdent(c.name)}`),
    `ALTER TABLE ${typed} RENAME TO ${quoteIdent(final)}`,
  ].join('; '), []);
}

function specFor(plan: ImportPlan, id: string, opts: ImportOptions): ConvertSpec {
  const kind = plan.mapping.kind;
  return {
    source: '', typed: `${id}_typed`, kind, columns: targetColumns(plan, kind), roles: plan.mapping.roles,
    cellCount: plan.headers.length, regionMap: opts.regionMap ?? defaultRegionMap(),
    rowBase: plan.format === 'csv' ? csvRowBase(plan.layout!) : 1,
  };
}

async function run(runner: SqlRunner, file: ImportFile, opts: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const progress = (phase: ImportPhase, rows?: number) => opts.onProgress?.({ phase, rows });
  progress('planning');
  const plan = opts.plan ?? (await planImport(runner, file, opts));
  const kind = plan.mapping.kind;
  if (plan.mapping.missing.length > 0) {
    const missing = plan.mapping.missing.join(', ');
    throw new ImportError('missing-required', `required columns not found: ${missing}`, { plan, missing });
  }
  const table = kind === 'raw' ? plan.rawTable : kind;
  const append = opts.append ?? false;
  const id = `__ingest_${++imports}_${started.toString(36)}`;
  const spec = specFor(plan, id, opts);
  const final = `${id}_final`;
  try {
    checkAbort(opts.signal);
    progress('reading');
    spec.source = await register(runner, file, plan, spec, id, opts);
    // DuckDB says how much of the file a long statement has read; the rows are estimated from that.
    const rowsAt = (fraction: number) => (plan.estimatedRows === undefined ? undefined : Math.round(fraction * plan.estimatedRows));
    const watch = (phase: ImportPhase) => ({ signal: opts.signal, onProgress: (fraction: number) => opts.onProgress?.({ phase, fraction, rows: rowsAt(fraction) }) });
    // A scan of the whole file (column types of a raw table, the order of year-last dates) is a long
    // statement too, so that Cancel stops it: its one row is written to a table and read back.
    const scan = async (select: string) => {
      const table = quoteIdent(`${id}_scan`);
      await runner.runLong(`CREATE OR REPLACE TABLE ${table} AS ${select}`, watch('reading'));
      const row = (await runner.run(`SELECT * FROM ${table}`, [])).toArray()[0] as Record<string, unknown>;
      await runner.run(`DROP TABLE ${table}`, []);
      return row;
    };
    const read = () => reading(plan, async () => {
      if (kind === 'raw') await inferRawTypes(scan, spec);
      return decideReadings(scan, spec, plan.sample, opts.dayFirst);
    });
    let readings = await read();
    checkAbort(opts.signal);
    progress('converting');
    // The name the rows are loaded under comes from the file: bound here, read by the typed statement
    // (a long statement runs without parameters, so that it can be cancelled while it runs).
    const source = await uniqueSource(runner, table, file.name, append);
    await runner.run(`CREATE TABLE ${quoteIdent(`${id}_source`)} AS SELECT CAST(? AS VARCHAR) AS name`, [source]);
    const convert = () => reading(plan, () => runner.runLong(typedTableSql(spec, readings.options, `${id}_source`), watch('converting')));
    if (plan.format === 'csv' && spec.staged) {
      // The reader typed plain-looking columns; a value further down that is not plain fails the
      // read: read everything as text then, so every bad value is reported as usual.
      try {
        await convert();
      } catch {
        checkAbort(opts.signal);
        await runner.run(`DROP TABLE IF EXISTS ${quoteIdent(spec.typed)}`, []);
        spec.staged = undefined;
        spec.source = csvSource(`${id}.csv`, plan.layout!);
        readings = await read();
        await convert();
      }
    } else await convert();
    const regionsDerived = await normalisePlaces(runner, spec);
    const rowsRead = await count(runner, `SELECT count(*) AS n FROM ${quoteIdent(spec.typed)}`);
    checkAbort(opts.signal);
    progress('checking', rowsRead);
    const skips = await collectSkips(runner, spec);
    const rowsLoaded = rowsRead - skips.skippedTotal;
    if (rowsLoaded === 0) throw new ImportError('no-rows', 'no data rows were found below the header', { skipped: skips.counts });
    const warnings = [...readings.warnings, ...(await changeWarnings(runner, spec, regionsDerived))];
    await finalTable(runner, spec, final);
    const columns = spec.columns.map((c) => c.name);
    const duplicates = kind === 'raw' ? null : await findDuplicates(runner, final, table, kind, append, columns);
    if (source !== file.name) warnings.push({ code: 'source-renamed', detail: source });
    if (duplicates && duplicates.inFile + duplicates.existing > 0) warnings.push({ code: 'duplicate-keys', rows: duplicates.inFile + duplicates.existing });
    if ((plan.layout?.blankLines ?? 0) > 0) warnings.push({ code: 'row-numbers-approximate', rows: plan.layout!.blankLines });
    if (plan.footer.length > 0) warnings.push({ code: 'footer-lines', rows: plan.footer.length, detail: plan.footer.join(' / ') });
    progress('saving', rowsLoaded);
    // The last point of no return: after this the swap runs as one transaction.
    checkAbort(opts.signal);
    const added = await commitTable(runner, final, table, append);
    if (added.length > 0) warnings.push({ code: 'columns-added', detail: added.join(', ') });
    if (opts.remember && opts.memory) {
      await rememberMapping(opts.memory, plan.headers, kind, Object.fromEntries(plan.mapping.columns.map((c) => [c.column, c.index])));
    }
    progress('done', rowsLoaded);
    return {
      file: file.name, source, table, kind, format: plan.format, encoding: plan.encoding ?? 'parquet', bom: plan.bom,
      delimiter: plan.delimiter, headerRow: plan.headerRow, headers: plan.headers.map((h) => h.label), mode: append ? 'append' : 'replace',
      rowsRead, rowsLoaded, skipped: skips.skipped, skippedCounts: skips.counts, blanked: skips.blanked, blankedCount: skips.blankedCount,
      columnsIgnored: plan.mapping.ignored, mapping: plan.mapping.columns, duplicates, warnings, ms: Date.now() - started,
    };
  } finally {
    await cleanup(runner, id, plan.format);
  }
}

async function cleanup(runner: SqlRunner, id: string, format: ImportPlan['format']): Promise<void> {
  for (const t of [`${id}_typed`, `${id}_final`, `${id}_parquet`, `${id}_source`, `${id}_scan`]) {
    await runner.run(`DROP TABLE IF EXISTS ${quoteIdent(t)}`, []).catch(() => undefined);
  }
  if (format === 'csv') await runner.dropFile(`${id}.csv`).catch(() => undefined);
}

/**
 * Import one file into its table. Throws ImportError (nothing changed) when the file cannot be
 * read, required columns are missing, no rows remain, or `signal` aborts. A CSV's bytes are handed
 * to the engine (in the browser their buffer is transferred, so read the File again to retry).
 */
export function importFile(runner: SqlRunner, file: ImportFile, opts: ImportOptions = {}): Promise<ImportReport> {
  return serial(runner, () => run(runner, file, opts));
}

/** 10,000 made-up orders as an export writes them: ISO dates, plain quantities, amounts with thousands separators. */
function madeUpOrders(): Uint8Array {
  const lines = ['order_id,order_date,partner_id,partner_name,region,province,product,quantity,amount'];
  for (let i = 0; i < 10_000; i++) {
    const amount = (1000 + i * 7).toLocaleString('en-US');
    lines.push(`SO${i},2026-01-${String(1 + (i % 28)).padStart(2, '0')},P${i % 50},伙伴${i % 50},华东,浙江,产品${i % 9},${1 + (i % 5)},"${amount}.50"`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * Read a small made-up orders CSV the way an import does, up to the typed table, and drop it:
 * nothing loaded changes. Started when a user is about to import (a file dragged over the page,
 * the picker pointed at): DuckDB-WASM runs its CSV and text code slowly the first time (the
 * browser compiles it to fast machine code once it has run), and this way that first time is not
 * the user's file. Returns the rows typed and the rows left out, for tests.
 */
export function warmUp(runner: SqlRunner): Promise<{ rows: number; bad: number }> {
  return serial(runner, async () => {
    const file = { name: 'warm-up.csv', bytes: madeUpOrders() };
    const plan = await planImport(runner, file);
    const id = `__warmup_${++imports}`;
    const spec = specFor(plan, id, {});
    try {
      spec.source = await register(runner, file, plan, spec, id, {});
      // ISO dates only: no whole-file scan is needed to read them.
      const { options } = await decideReadings(() => Promise.reject(new Error('no scan expected')), spec, plan.sample);
      await runner.run(`CREATE TABLE ${quoteIdent(`${id}_source`)} AS SELECT 'warm-up' AS name`, []);
      await runner.run(typedTableSql(spec, options, `${id}_source`), []);
      const [row] = (await runner.run(`SELECT count(*) AS n, count(__reason) AS bad FROM ${quoteIdent(spec.typed)}`, [])).toArray();
      return { rows: Number(row.n), bad: Number(row.bad) };
    } finally {
      await cleanup(runner, id, plan.format);
    }
  });
}
