/**
 * Staged text → typed rows, in SQL. One pass computes every typed value and the row rules; a
 * column whose text is present but whose typed value is NULL is a bad value: the row is left out
 * when the column is required, the cell blanked (and reported) when it is optional.
 */
import type { SqlRunner } from '../engine/query';
import type { ImportWarning } from './report';
import { isReturnSql, skipReasonSql, firstCellSql, type RuleColumns } from './rules';
import { SOURCE_COLUMN } from './commit';
import { SCHEMA, type ColumnType, type RowRole, type TableName } from './schema';
import { cellName, EXTRA_COLUMN, type StagedType } from './stage';
import { quoteIdent, sqlString } from './sql';
import { provinceOf, regionLookup } from './places';
import {
  dateInRangeSql, dateOrderStatsSql, integerOfSql, numberTextSql, stagedNumberSql, typedSql, usesDecimalComma, YEAR_LAST_RE,
  type ValueOptions,
} from './values';

export interface TargetColumn {
  name: string;
  type: ColumnType;
  /** Source cell index; -1 for a derived column. */
  index: number;
  scale: number;
  /** Derived from another target column: region from province, partner_id from partner_name. */
  from?: 'province' | 'partner_name';
}

export interface ConvertSpec {
  /** The rows as text: a relation over the registered file (read_csv / read_parquet), never materialised. */
  source: string;
  typed: string;
  kind: TableName | 'raw';
  columns: TargetColumn[];
  roles: Partial<Record<RowRole, number>>;
  cellCount: number;
  regionMap: Record<string, string>;
  /** Per source cell, how it is staged (absent: every cell is text, as from a CSV). */
  staged?: StagedType[];
  /**
   * The file's record number of the typed table's first row. The typed table is written in file
   * order (one thread, insertion order kept), so a row's record number is `rowid + rowBase`.
   */
  rowBase: number;
}

const cell = (i: number) => quoteIdent(cellName(i));
const stagedAs = (spec: ConvertSpec, i: number): StagedType => spec.staged?.[i] ?? 'VARCHAR';

/** A staged value as text, for the row rules and the report: typed Parquet cells written back. */
function asText(type: StagedType, ref: string): string {
  if (type === 'DATE') return `CAST(${ref} AS VARCHAR)`;
  return type === 'DOUBLE' ? numberTextSql(ref) : ref;
}
const cellText = (spec: ConvertSpec, i: number) => asText(stagedAs(spec, i), cell(i));
export const v = (k: number) => `v${k}`;
export const r = (k: number) => `r${k}`;

/** Runs an aggregate SELECT over the whole file and returns its one row (load.ts: cancellable, with progress). */
export type Scan = (select: string) => Promise<Record<string, unknown>>;

/**
 * Reading options per column: decimal commas from the sample, and the order of year-last dates
 * from all values (one scan, only for date columns whose sample shows that form).
 */
export async function decideReadings(
  scan: Scan, spec: ConvertSpec, sample: string[][], dayFirst?: boolean,
): Promise<{ options: ValueOptions[]; warnings: ImportWarning[] }> {
  const options: ValueOptions[] = spec.columns.map((c) => ({ scale: c.scale }));
  const warnings: ImportWarning[] = [];
  const values = (c: TargetColumn) => sample.map((row) => row[c.index] ?? '');
  spec.columns.forEach((c, k) => {
    if (c.index < 0 || c.type !== 'DOUBLE' || stagedAs(spec, c.index) !== 'VARCHAR' || !usesDecimalComma(values(c))) return;
    options[k].decimalComma = true;
    warnings.push({ code: 'decimal-comma', column: c.name });
  });
  const probed = spec.columns.map((c, k) => ({ c, k }))
    .filter(({ c }) => c.index >= 0 && c.type === 'DATE' && stagedAs(spec, c.index) === 'VARCHAR' && values(c).some((x) => YEAR_LAST_RE.test(x)));
  if (probed.length === 0) return { options, warnings };
  const sql = `SELECT ${probed.map(({ c, k }) => dateOrderStatsSql(cell(c.index), `s${k}`)).join(', ')} FROM ${spec.source}`;
  const stats = await scan(sql);
  const n = (key: string) => (stats[key] === null || stats[key] === undefined ? 0 : Number(stats[key]));
  for (const { c, k } of probed) {
    const [p1, p2] = [n(`s${k}_p1`), n(`s${k}_p2`)];
    if (p1 > 12 && p2 > 12) warnings.push({ code: 'date-order-inconsistent', column: c.name });
    else if (p1 > 12) options[k].dayFirst = true;
    else if (p2 > 12) options[k].dayFirst = false;
    else {
      options[k].dayFirst = dayFirst ?? false;
      if (dayFirst === undefined) warnings.push({ code: 'date-order-ambiguous', column: c.name, detail: 'read as month/day/year' });
    }
  }
  return { options, warnings };
}

function ruleColumns(spec: ConvertSpec): RuleColumns {
  const ref = (i: number | undefined) => (i === undefined ? undefined : cellText(spec, i));
  return {
    cells: Array.from({ length: spec.cellCount }, (_, i) => cellText(spec, i)),
    refs: Array.from({ length: spec.cellCount }, (_, i) => cell(i)),
    extra: quoteIdent(EXTRA_COLUMN),
    status: ref(spec.roles.status), voidFlag: ref(spec.roles.voidFlag), gift: ref(spec.roles.gift), type: ref(spec.roles.type),
  };
}

function innerItem(c: TargetColumn, k: number, spec: ConvertSpec, opts: ValueOptions): string[] {
  if (c.from === 'partner_name') {
    const src = spec.columns.find((x) => x.name === 'partner_name')!;
    return [`${typedSql('VARCHAR', cell(src.index))} AS ${v(k)}`];
  }
  if (c.index < 0) return [`CAST(NULL AS ${c.type}) AS ${v(k)}`];
  const staged = stagedAs(spec, c.index);
  if (staged !== 'VARCHAR') return [`${stagedValue(c.type, cell(c.index), opts)} AS ${v(k)}`, `${cell(c.index)} AS ${r(k)}`];
  const value = typedSql(c.type, cell(c.index), opts);
  // Typed columns keep their text beside the value, to report the ones that did not parse; the
  // raw cell passes through here and is trimmed by textOfFailed only where the value is NULL.
  return hasText(c) ? [`${value} AS ${v(k)}`, `${cell(c.index)} AS ${r(k)}`] : [`${value} AS ${v(k)}`];
}

/**
 * Does target column c keep its text as r<k>? Only typed columns read from the file: a text value
 * cannot fail to parse, and every staged column costs memory on every row (≈ 7 bytes even when NULL).
 */
export const hasText = (c: TargetColumn) => c.index >= 0 && c.type !== 'VARCHAR' && !c.from;

/** A Parquet number or date staged typed: no parsing, the same checks (dates by range, later). */
function stagedValue(type: ColumnType, ref: string, opts: ValueOptions): string {
  if (type === 'DATE') return ref;
  const n = stagedNumberSql(ref, opts);
  return type === 'INTEGER' ? integerOfSql(n) : n;
}

/**
 * r<k> (the text of a typed column) is only ever read where v<k> is NULL (a bad or missing value):
 * keep it, trimmed, for those rows alone instead of copying every cell of the column.
 */
function textOfFailed(spec: ConvertSpec): string[] {
  return spec.columns.flatMap((c, k) => (hasText(c)
    ? [`CASE WHEN ${v(k)} IS NULL THEN NULLIF(trim(${asText(stagedAs(spec, c.index), r(k))}), '') END AS ${r(k)}`] : []));
}

/** Second-level rewrites that use first-level values: date range, returns. */
function replacements(spec: ConvertSpec, hasReturn: boolean): string[] {
  const out: string[] = [];
  spec.columns.forEach((c, k) => {
    if (c.type === 'DATE') out.push(`${dateInRangeSql(v(k))} AS ${v(k)}`);
    if (hasReturn && (c.name === 'amount' || c.name === 'quantity')) out.push(`CASE WHEN __return THEN -abs(${v(k)}) ELSE ${v(k)} END AS ${v(k)}`);
  });
  return out;
}

/**
 * After the typed table is built: province spellings become short names (广西壮族自治区 → 广西,
 * unknown text kept), then rows without a region get their province's region by the region map.
 * A file holds a few dozen distinct provinces, so they are read once and looked up here, and only
 * rows that change are written (a lookup per row inside the typed statement cost ≈ 0.5 s per
 * million rows). Returns how many loaded rows got a derived region.
 */
export async function normalisePlaces(runner: SqlRunner, spec: ConvertSpec): Promise<number> {
  const p = spec.columns.findIndex((c) => c.name === 'province' && c.type === 'VARCHAR');
  if (p < 0) return 0;
  const typed = quoteIdent(spec.typed);
  const distinct = async (where: string) =>
    (await runner.run(`SELECT DISTINCT ${v(p)} AS p FROM ${typed} WHERE ${v(p)} IS NOT NULL ${where}`, [])).toArray().map((row) => String(row.p));
  const pairsBy = (values: string[], lookup: (text: string) => string | undefined) =>
    values.flatMap((text): [string, string][] => { const to = lookup(text); return to !== undefined && to !== text ? [[text, to]] : []; });

  const spelled = pairsBy(await distinct(''), provinceOf);
  await updateByPairs(runner, spelled, (pairs) => `UPDATE ${typed} SET ${v(p)} = m.b FROM ${pairs} WHERE ${typed}.${v(p)} = m.a`);
  const k = spec.columns.findIndex((c) => c.name === 'region');
  if (k < 0 || spec.kind === 'raw') return 0;
  const regions = pairsBy(await distinct(`AND ${v(k)} IS NULL AND __reason IS NULL`), regionLookup(spec.regionMap));
  return updateByPairs(runner, regions, (pairs) =>
    `UPDATE ${typed} SET ${v(k)} = m.b FROM ${pairs} WHERE ${typed}.${v(k)} IS NULL AND ${typed}.__reason IS NULL AND ${typed}.${v(p)} = m.a`);
}

/** Run an UPDATE joined to `(VALUES …) m(a, b)` holding the pairs as bound parameters; rows updated. */
async function updateByPairs(runner: SqlRunner, pairs: [string, string][], sql: (values: string) => string): Promise<number> {
  if (pairs.length === 0) return 0;
  const values = `(VALUES ${pairs.map(() => '(CAST(? AS VARCHAR), CAST(? AS VARCHAR))').join(', ')}) AS m(a, b)`;
  const result = (await runner.run(sql(values), pairs.flat())).toArray()[0] as Record<string, unknown> | undefined;
  return Number(result?.Count ?? 0);
}

/** Is the text of target k present (for text columns: is the value)? */
function present(spec: ConvertSpec, k: number): string {
  const c = spec.columns[k];
  if (c.type === 'VARCHAR') return `${v(k)} IS NOT NULL`;
  return hasText(c) ? `${r(k)} IS NOT NULL` : 'false';
}

/** `__reason` (SkipReason or NULL) and `__col` (the column at fault) for each row. */
function reasonItems(spec: ConvertSpec): string[] {
  if (spec.kind === 'raw') return ['__skip AS __reason', 'CAST(NULL AS VARCHAR) AS __col'];
  const reasons: string[] = [];
  const cols: string[] = [];
  for (const req of SCHEMA[spec.kind].required) {
    const ks = (Array.isArray(req) ? req : [req]).map((n) => spec.columns.findIndex((c) => c.name === n)).filter((k) => k >= 0);
    if (ks.length === 0) continue;
    const unmet = ks.map((k) => `${v(k)} IS NULL`).join(' AND ');
    const anyText = ks.map((k) => present(spec, k)).join(' OR ');
    reasons.push(`WHEN ${unmet} THEN CASE WHEN ${anyText} THEN 'invalid-value' ELSE 'missing-value' END`);
    const culprit = ks.map((k) => `WHEN ${present(spec, k)} THEN ${sqlString(spec.columns[k].name)}`).join(' ');
    cols.push(`WHEN ${unmet} THEN CASE ${culprit} ELSE ${sqlString(ks.map((k) => spec.columns[k].name).join('|'))} END`);
  }
  const reason = reasons.length ? `CASE WHEN __skip IS NOT NULL THEN __skip ${reasons.join(' ')} END` : '__skip';
  const col = cols.length ? `CASE WHEN __skip IS NOT NULL THEN NULL ${cols.join(' ')} END` : 'CAST(NULL AS VARCHAR)';
  return [`${reason} AS __reason`, `${col} AS __col`];
}

/**
 * `CREATE TABLE typed` with __reason, __col, __return, v<k>/r<k> for every target column, and
 * `_source`, the name the rows are loaded under, read from the one-row table `sourceTable` (`name`).
 */
export function typedTableSql(spec: ConvertSpec, options: ValueOptions[], sourceTable: string): string {
  const rules = ruleColumns(spec);
  const isReturn = spec.kind === 'raw' ? null : isReturnSql(rules);
  // __skip is a column of its own level: a reference to its alias in the same SELECT would copy the
  // whole expression there, and evaluate the row rules twice (≈ 1 s more per million rows).
  const ruled = `(SELECT *, ${skipReasonSql(rules)} AS __skip FROM ${spec.source})`;
  // __first: what a left-out row looked like, for the report.
  const inner = [
    '__skip', `CASE WHEN __skip IS NOT NULL THEN ${firstCellOf(spec)} END AS __first`,
    `${isReturn ?? 'false'} AS __return`,
    ...spec.columns.flatMap((c, k) => innerItem(c, k, spec, options[k] ?? {})),
  ];
  const repl = replacements(spec, isReturn !== null);
  const replace = (items: string[]) => (items.length ? `REPLACE (${items.join(', ')})` : '');
  const middle = `SELECT * ${replace(repl)} FROM (SELECT ${inner.join(', ')} FROM ${ruled})`;
  const checked = `SELECT * ${replace(textOfFailed(spec))} FROM (${middle})`;
  // A join, not a scalar subquery: with a subquery DuckDB cannot say how far the statement got.
  return `CREATE TABLE ${quoteIdent(spec.typed)} AS SELECT t.* EXCLUDE (__skip), ${reasonItems(spec).join(', ')}, src.name AS ${SOURCE_COLUMN}
    FROM (${checked}) AS t CROSS JOIN ${quoteIdent(sourceTable)} AS src`;
}

/** The first non-empty of the first 50 cells, for reporting what a left-out row looked like. */
function firstCellOf(spec: ConvertSpec): string {
  return firstCellSql(Array.from({ length: Math.min(spec.cellCount, 50) }, (_, i) => cellText(spec, i)));
}

/**
 * A raw table's column types from all its values: DATE when every value reads as a date and some
 * have separators (so 20240105-style codes stay text), DOUBLE when every value is a number and
 * none has a leading zero (IDs like 00123 stay text), else VARCHAR.
 */
export async function inferRawTypes(scan: Scan, spec: ConvertSpec): Promise<void> {
  const items = spec.columns.flatMap((c, k) => {
    const ref = cell(c.index);
    const t = `NULLIF(trim(${ref}), '')`;
    return [
      `count(${t}) AS n${k}`,
      `count(${typedSql('DOUBLE', ref)}) AS num${k}`,
      `count(${dateInRangeSql(typedSql('DATE', ref))}) AS d${k}`,
      `count(*) FILTER (WHERE regexp_matches(${t}, '^[-+]?0\\d')) AS z${k}`,
      `count(*) FILTER (WHERE regexp_matches(${t}, '[^\\d]')) AS sep${k}`,
    ];
  });
  if (items.length === 0) return;
  const stats = await scan(`SELECT ${items.join(', ')} FROM ${spec.source}`);
  const n = (key: string) => Number(stats[key] ?? 0);
  spec.columns.forEach((c, k) => {
    if (n(`n${k}`) === 0) return;
    if (n(`d${k}`) === n(`n${k}`) && n(`sep${k}`) > 0) c.type = 'DATE';
    else if (n(`num${k}`) === n(`n${k}`) && n(`z${k}`) === 0) c.type = 'DOUBLE';
  });
}
