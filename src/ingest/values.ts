/**
 * Text cell → typed value, as SQL expression builders over one staged VARCHAR column, so a
 * million rows convert inside DuckDB instead of in JavaScript. Each builder returns NULL for a
 * value it cannot read; the loader reports those (raw value present, typed value NULL).
 */
import type { ColumnType } from './schema';
import { sqlString } from './sql';

/** Full-width digits and signs (１２３，４５６．７８) and the Unicode minus, folded to ASCII. */
const WIDE = '０１２３４５６７８９．，－＋（）％：／　−';
const NARROW = '0123456789.,-+()%:/ -';

export interface ValueOptions {
  /** Multiplier from a unit in the header (万元 → 10000). */
  scale?: number;
  /** The column writes 1.234,56 (decided from its values by columnStatsSql). */
  decimalComma?: boolean;
  /** Slash dates with the year last are D/M/Y (true) or M/D/Y (false). */
  dayFirst?: boolean;
}

const folded = (ref: string) => `trim(translate(${ref}, ${sqlString(WIDE)}, ${sqlString(NARROW)}))`;
const full = (s: string, re: string) => `regexp_full_match(${s}, ${sqlString(re)})`;

/** Blanks trimmed off text cells: space, no-break space and the full-width (ideographic) space. */
const BLANKS = ' \u00a0\u3000';

/**
 * Text: blanks trimmed, '' → NULL; Excel's `="00123"` (written to keep leading zeros) unwrapped.
 * Most cells need none of it, and trimming copies every string: a look at the first and last
 * character (no copy) sends only the others through the trim (a million cells: 130 → 20 ms).
 */
export function textSql(ref: string): string {
  const t = `trim(${ref}, ${sqlString(BLANKS)})`;
  const slow = `NULLIF(CASE WHEN starts_with(${t}, '="') AND ends_with(${t}, '"') AND length(${t}) >= 3 ` +
    `THEN trim(substr(${t}, 3, length(${t}) - 3), ${sqlString(BLANKS)}) ELSE ${t} END, '')`;
  // LIKE with a fixed prefix or suffix is a byte comparison (cheaper than ascii() or starts_with here).
  const edges = [...[...BLANKS, '='].map((c) => `${c}%`), ...[...BLANKS].map((c) => `%${c}`)];
  return `CASE WHEN ${edges.map((e) => `${ref} LIKE ${sqlString(e)}`).join(' OR ')} THEN ${slow} ELSE NULLIF(${ref}, '') END`;
}

/** `1,234.50`, `(1,234.00)` → −1234, `¥1,234.5`, `RMB 12`, `12%` → 0.12, `１２３` → 123; `1.234,5` with decimalComma. */
export function numberSql(ref: string, opts: ValueOptions = {}): string {
  const t = folded(ref);
  const s = `regexp_replace(${t}, '\\s|[¥￥$€£]|rmb|cny|usd|元', '', 'gi')`;
  const shape = full(s, '\\(?[-+]?\\(?\\d[\\d,.]*\\)?%?-?') + ` AND NOT ${full(s, '.*[.,]{2}.*')}`;
  const negative = `(starts_with(${s}, '(') OR starts_with(${s}, '-') OR ends_with(${s}, '-'))`;
  const digits = opts.decimalComma
    ? `replace(regexp_replace(${s}, '[^\\d,]', '', 'g'), ',', '.')`
    : `regexp_replace(${s}, '[^\\d.]', '', 'g')`;
  const slow = `TRY_CAST(${digits} AS DOUBLE) * (CASE WHEN ${negative} THEN -1 ELSE 1 END)` +
    ` / (CASE WHEN contains(${s}, '%') THEN 100 ELSE 1 END)`;
  // Fast paths first, on the raw text (no regex): plain numbers, then numbers with thousands commas.
  const fast = `TRY_CAST(${ref} AS DOUBLE)`;
  const grouped = `TRY_CAST(replace(${ref}, ',', '') AS DOUBLE)`;
  const plain = opts.decimalComma ? '' : `WHEN isfinite(${fast}) THEN ${fast} ` +
    `WHEN contains(${ref}, ',') AND NOT contains(${ref}, ',,') AND isfinite(${grouped}) THEN ${grouped} `;
  const value = `CASE WHEN ${ref} IS NULL THEN NULL ${plain}WHEN ${t} = '' THEN NULL WHEN ${shape} THEN ${slow} END`;
  return opts.scale && opts.scale !== 1 ? `(${value}) * ${opts.scale}` : value;
}

/** Whole numbers only: `12` and `12.0` read, `12.5` does not. */
export function integerSql(ref: string, opts: ValueOptions = {}): string {
  return integerOfSql(numberSql(ref, opts));
}

/** A DOUBLE expression as INTEGER when it is whole and in range, else NULL. */
export function integerOfSql(v: string): string {
  return `CASE WHEN (${v}) = round(${v}) AND abs(${v}) < 2147483647 THEN CAST(${v} AS INTEGER) END`;
}

/** A staged DOUBLE (a Parquet number): finite values, scaled; NaN and infinities are bad values. */
export function stagedNumberSql(ref: string, opts: ValueOptions = {}): string {
  const value = `CASE WHEN isfinite(${ref}) THEN ${ref} END`;
  return opts.scale && opts.scale !== 1 ? `(${value}) * ${opts.scale}` : value;
}

/** A staged DOUBLE written as JavaScript writes the number (16120, not 16120.0; NaN, Infinity). */
export function numberTextSql(ref: string): string {
  return `CASE WHEN isnan(${ref}) THEN 'NaN' WHEN isinf(${ref}) THEN CASE WHEN ${ref} > 0 THEN 'Infinity' ELSE '-Infinity' END ` +
    `ELSE regexp_replace(CAST(${ref} AS VARCHAR), '\\.0$', '') END`;
}

/** Time of day and zone after a date: ` 10:30`, `T10:30:00.000Z`, ` 3:05 PM`. */
const TIME_RE = '([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([ap]m)?\\s*(z|[+-]\\d{2}:?\\d{2})?)$';
const NAMED_MONTH_FORMATS = ['%d-%b-%Y', '%d-%b-%y', '%b %d, %Y', '%B %d, %Y', '%d %b %Y', '%d %B %Y', '%b %d %Y'];

/** The date text reduced to digits and dashes: `2024年1月5日` → `2024-1-5`, `1/5/2024 10:00` → `1-5-2024`. */
function dashed(ref: string): { t: string; noTime: string; s: string } {
  const t = folded(ref);
  const noTime = `regexp_replace(${t}, ${sqlString(TIME_RE)}, '', 'i')`;
  const s = `regexp_replace(regexp_replace(${noTime}, '[年月/.]', '-', 'g'), '日$', '')`;
  return { t, noTime, s };
}

/**
 * ISO, `2024/1/5`, `2024.1.5`, `2024年1月5日`, `20240105`, `1/5/2024` (M/D/Y unless dayFirst),
 * `5-Jan-2024`, Excel serial numbers (45296 → 2024-01-05), with or without a time of day.
 */
export function dateSql(ref: string, opts: ValueOptions = {}): string {
  const { t, noTime, s } = dashed(ref);
  const yearLast = opts.dayFirst ? '%d-%m-%Y' : '%m-%d-%Y';
  const named = `[${NAMED_MONTH_FORMATS.map(sqlString).join(', ')}]`;
  const value = `CASE WHEN ${ref} IS NULL THEN NULL
    WHEN TRY_CAST(${ref} AS DATE) IS NOT NULL THEN TRY_CAST(${ref} AS DATE)
    WHEN ${t} = '' THEN NULL
    WHEN ${full(s, '\\d{4}-\\d{1,2}-\\d{1,2}')} THEN CAST(try_strptime(${s}, '%Y-%m-%d') AS DATE)
    WHEN ${full(s, '\\d{8}')} THEN CAST(try_strptime(${s}, '%Y%m%d') AS DATE)
    WHEN ${full(s, '\\d{1,2}-\\d{1,2}-\\d{4}')} THEN CAST(try_strptime(${s}, '${yearLast}') AS DATE)
    WHEN ${full(s, '\\d{1,2}-\\d{1,2}-\\d{2}')} THEN CAST(try_strptime(${s}, '${yearLast.replace('Y', 'y')}') AS DATE)
    WHEN ${full(t, '\\d{5}(\\.\\d+)?')} THEN CAST(DATE '1899-12-30' + CAST(floor(CAST(${t} AS DOUBLE)) AS INTEGER) AS DATE)
    ELSE CAST(try_strptime(${noTime}, ${named}) AS DATE) END`;
  return value;
}

/**
 * Applied to a date column after it is computed (so the long expression is not evaluated twice):
 * years outside 1900–2199 are typing errors (0024-01-05) or numbers that are not dates.
 */
export function dateInRangeSql(ref: string): string {
  return `CASE WHEN ${ref} BETWEEN DATE '1900-01-01' AND DATE '2199-12-31' THEN ${ref} END`;
}

const CN_QUARTERS: [string, string][] = [['一季', '1季'], ['二季', '2季'], ['三季', '3季'], ['四季', '4季'], ['上半年', 'H1'], ['下半年', 'H2']];

/**
 * A target period normalised to `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn` or `YYYY` (what metrics/periods.ts
 * reads): `2024-03`, `2024年3月`, `202403`, `2024-Q1`, `Q1 2024`, `2024年第一季度`, `2024上半年`, or a date.
 */
export function periodSql(ref: string, opts: ValueOptions = {}): string {
  let c = `upper(regexp_replace(${folded(ref)}, '\\s+', '', 'g'))`;
  for (const [from, to] of CN_QUARTERS) c = `replace(${c}, '${from}', '${to}')`;
  const y = (re: string) => `regexp_extract(${c}, ${sqlString(re)}, 1)`;
  const n = (re: string) => `regexp_extract(${c}, ${sqlString(re)}, 2)`;
  const q1 = '^(\\d{4})[-/.年]?第?Q?([1-4])(?:季度|季)$';
  const q2 = '^(\\d{4})[-/.年]?Q([1-4])$';
  const q3 = '^Q([1-4])[-/.]?(\\d{4})$';
  const h = '^(\\d{4})[-/.年]?H([12])$';
  const m1 = '^(\\d{4})[-/.年](\\d{1,2})月?$';
  const m2 = '^(\\d{4})(\\d{2})$';
  const month = (re: string) => `${y(re)} || '-' || lpad(${n(re)}, 2, '0')`;
  const validMonth = (re: string) => `TRY_CAST(${n(re)} AS INTEGER) BETWEEN 1 AND 12`;
  return `CASE WHEN ${c} = '' THEN NULL
    WHEN ${full(c, q1)} THEN ${y(q1)} || '-Q' || ${n(q1)}
    WHEN ${full(c, q2)} THEN ${y(q2)} || '-Q' || ${n(q2)}
    WHEN ${full(c, q3)} THEN regexp_extract(${c}, ${sqlString(q3)}, 2) || '-Q' || regexp_extract(${c}, ${sqlString(q3)}, 1)
    WHEN ${full(c, h)} THEN ${y(h)} || '-H' || ${n(h)}
    WHEN ${full(c, m1)} AND ${validMonth(m1)} THEN ${month(m1)}
    WHEN ${full(c, m2)} AND ${validMonth(m2)} THEN ${month(m2)}
    WHEN ${full(c, '^(\\d{4})年?$')} THEN ${y('^(\\d{4})')}
    ELSE strftime(${dateSql(ref, opts)}, '%Y-%m') END`;
}

const TRUE_WORDS = ['是', 'y', 'yes', 'true', 't', '1', '√', '✓', '已报备', 'registered'];
const FALSE_WORDS = ['否', 'n', 'no', 'false', 'f', '0', '×', '未报备', 'not registered'];

export function booleanSql(ref: string): string {
  const k = `lower(trim(${ref}))`;
  const list = (words: string[]) => words.map(sqlString).join(', ');
  return `CASE WHEN ${k} IN (${list(TRUE_WORDS)}) THEN true WHEN ${k} IN (${list(FALSE_WORDS)}) THEN false END`;
}

/** The typed expression for a canonical column type. */
export function typedSql(type: ColumnType, ref: string, opts: ValueOptions = {}): string {
  switch (type) {
    case 'DOUBLE': return numberSql(ref, opts);
    case 'INTEGER': return integerSql(ref, opts);
    case 'DATE': return dateSql(ref, opts);
    case 'BOOLEAN': return booleanSql(ref);
    case 'VARCHAR': return textSql(ref);
  }
}

/**
 * Aggregates that decide the order of year-last dates from all of a column's values: the largest
 * first and second part (a part above 12 is the day). Items aliased `<alias>_p1`, `<alias>_p2`.
 */
export function dateOrderStatsSql(ref: string, alias: string): string {
  // One regex per row, and only on rows that are not already ISO dates.
  const parts = `regexp_extract(${ref}, '^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{2,4}(\\s|$)', ['p1', 'p2'])`;
  const part = (i: number) => `max(CASE WHEN TRY_CAST(${ref} AS DATE) IS NULL THEN TRY_CAST(${parts}.p${i} AS INTEGER) END)`;
  return `${part(1)} AS "${alias}_p1", ${part(2)} AS "${alias}_p2"`;
}

/** Year-last dates (1/5/2024, 5.1.24): only these need the date-order scan. */
export const YEAR_LAST_RE = /^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(\s|$)/;

/**
 * Whether a column writes decimal commas (1.234,56 / 12,5), from sample values: an export uses
 * one convention throughout, so the preview decides it without a pass over the data.
 */
export function usesDecimalComma(values: string[]): boolean {
  const v = values.map((x) => x.normalize('NFKC').trim()).filter((x) => x !== '');
  const comma = v.some((x) => /^[^.]*\d,\d{1,2}\)?%?$/.test(x) || /\d\.\d{3},\d/.test(x));
  const dot = v.some((x) => /\d\.\d{1,2}\)?%?$/.test(x) || /\d,\d{3}\./.test(x));
  return comma && !dot;
}
