/**
 * Target periods as written in quota sheets → [period_start, period_end] DATEs, in SQL so it runs
 * over the whole column at once. New spellings are one more row in PERIOD_PATTERNS.
 */
import { sqlString } from './sql';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

interface PeriodPattern {
  kind: PeriodKind;
  /** RE2 pattern over the normalised text (upper case, no whitespace, no time of day). */
  re: string;
  /** Capture group holding the year, and the one holding the month/quarter/half number. */
  year: number;
  n?: number;
}

/** Checked in order; the first full match wins. */
export const PERIOD_PATTERNS: readonly PeriodPattern[] = [
  // 2025-Q1, 2025Q1, 2025 Q1, 2025年Q1, 2025年第1季度, 2025-1季
  { kind: 'quarter', re: '^(\\d{4})[-/.年]?(?:Q|第)?([1-4])(?:季度|季)$', year: 1, n: 2 },
  { kind: 'quarter', re: '^(\\d{4})[-/.年]?(?:Q|第)([1-4])$', year: 1, n: 2 },
  { kind: 'quarter', re: '^Q([1-4])[-/.]?(\\d{4})$', year: 2, n: 1 },
  // 2025-H1, 2025H2
  { kind: 'half', re: '^(\\d{4})[-/.年]?H([12])$', year: 1, n: 2 },
  // 2025-01, 2025/1, 2025.1, 2025年1月, and a full date (Excel turns "2025-01" into 2025-01-01)
  { kind: 'month', re: '^(\\d{4})[-/.年](\\d{1,2})(?:月(?:\\d{1,2}日)?|[-/.]\\d{1,2})?$', year: 1, n: 2 },
  // 202501
  { kind: 'month', re: '^(\\d{4})(\\d{2})$', year: 1, n: 2 },
  // 2025, 2025年
  { kind: 'year', re: '^(\\d{4})年?$', year: 1 },
];

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** Normalised period text: trimmed, time of day and whitespace removed, upper case. */
function normalised(column: string): string {
  const noTime = `regexp_replace(trim(${column}), '[T ]\\d{1,2}:\\d{2}.*$', '')`;
  return `upper(regexp_replace(${noTime}, '\\s+', '', 'g'))`;
}

function caseOver(p: string, pick: (pattern: PeriodPattern) => string | null): string {
  const arms = PERIOD_PATTERNS.map((pattern) => {
    const value = pick(pattern);
    return value === null ? '' : ` WHEN regexp_full_match(${p}, ${sqlString(pattern.re)}) THEN ${value}`;
  });
  return `CASE${arms.join('')} END`;
}

function group(p: string, pattern: PeriodPattern, index: number): string {
  return `TRY_CAST(regexp_extract(${p}, ${sqlString(pattern.re)}, ${index}) AS INTEGER)`;
}

/**
 * A SELECT over `source` (which has a VARCHAR `period` column) adding period_kind,
 * period_start and period_end; all three are NULL when the text is not a recognised period.
 */
export function parsePeriodsSql(source: string): string {
  const p = '_p';
  const kind = caseOver(p, (pt) => sqlString(pt.kind));
  const year = caseOver(p, (pt) => group(p, pt, pt.year));
  const n = caseOver(p, (pt) => (pt.n ? group(p, pt, pt.n) : '1'));
  const monthsCase = Object.entries(MONTHS).map(([k, m]) => ` WHEN ${sqlString(k)} THEN ${m}`).join('');
  const startMonth = `(_n - 1) * (CASE _kind${monthsCase} END) + 1`;
  const valid = `_kind IS NOT NULL AND _y BETWEEN 1900 AND 2999 AND _n >= 1 AND ${startMonth} BETWEEN 1 AND 12`;
  const start = `CASE WHEN ${valid} THEN make_date(_y, ${startMonth}, 1) END`;
  return `SELECT * EXCLUDE (_p, _kind, _y, _n), CASE WHEN ${valid} THEN _kind END AS period_kind,
  ${start} AS period_start,
  CAST(${start} + to_months(CASE _kind${monthsCase} END) - INTERVAL 1 DAY AS DATE) AS period_end
FROM (SELECT *, ${kind} AS _kind, ${year} AS _y, ${n} AS _n
      FROM (SELECT *, ${normalised('period')} AS ${p} FROM ${source}))`;
}
