/**
 * Row rules, as SQL over the staged text columns: which rows are not data (blank lines, totals,
 * report footers) or not sales (voided, not approved, gifts), and which are returns. Patterns are
 * RE2 (DuckDB) and JavaScript compatible, so the sniffer can use the same ones on the preview.
 */
import { sqlString } from './sql';
import type { SkipReason } from './report';

/** Report footers: Salesforce's grand total, confidentiality and copyright lines; ERP sign-off lines. */
export const FOOTER_RE =
  '^(grand totals?\\s*\\(\\d+\\s+records?\\)|confidential information|copyright\\b|©\\s*\\d{4}|\\(c\\)\\s*\\d{4}|' +
  '(制表人|制单人|审核人|打印人|打印时间|打印日期|导出时间|导出人)\\s*[:：])';

/** Totals and subtotals: `合计`, `华东小计`, `总计：`, `Total`, `Subtotal (3)`, `Grand Total`. */
export const TOTAL_RE =
  '^(.{0,16}(合\\s*计|小\\s*计|总\\s*计)([:：(（\\s].*)?|(sub-?\\s*|grand\\s+)?totals?(\\s*[:(].*)?)$';

const VOIDED_RE = '^(作废|已作废|作废单|void|voided|cancell?ed|已取消|取消)$';
const NOT_APPROVED_RE = '^(未审核|未审批|待审核|待审批|审核中|审批中|not approved|unapproved|pending approval|draft|草稿)$';
const TRUTHY_RE = '^(是|y|yes|true|1|√|✓|x)$';
const RETURN_TYPE_RE = '(退货|退回|红字|return|credit)';
const GIFT_TYPE_RE = '(赠品|赠送|gift)';

/** Staged text columns (already quoted references) and the ones with a row role. */
export interface RuleColumns {
  /** Each cell as text. */
  cells: string[];
  /** Each cell as staged (NULL exactly where its text is): cheaper to test for NULL than a typed cell written as text. */
  refs: string[];
  /** The sentinel column past the last declared one: set only when a row has too many fields. */
  extra: string | null;
  status?: string;
  voidFlag?: string;
  gift?: string;
  type?: string;
}

const trimmed = (ref: string) => `NULLIF(trim(${ref}), '')`;
const matches = (ref: string, re: string) => `regexp_matches(lower(trim(${ref})), ${sqlString(re)})`;

/** The first non-empty cell of a row (NULL for a blank row). */
export function firstCellSql(cells: string[]): string {
  if (cells.length === 0) return 'NULL';
  return cells.length === 1 ? trimmed(cells[0]) : `COALESCE(${cells.map(trimmed).join(', ')})`;
}

/** Words every footer or totals row contains: one cheap test per row before the detailed patterns. */
const HINT_RE = '(计|total|confidential|copyright|©|\\(c\\)|制表|制单|审核人|打印|导出)';

/**
 * Could a cell starting with this code point trim to ''? Every Unicode space (what trim() removes) is
 * 32 or between 160 and 12288 (U+3000): a cheap superset, so that only rows starting that way are
 * trimmed. Not an IN list of the exact codes: DuckDB turns a long IN list into a join, and with a
 * join in the statement it cannot say how far the file's read has got (no progress bar).
 */
const mayBeSpace = (code: string) => `(${code} NOT BETWEEN 33 AND 159 AND ${code} <= 12288)`;

/** `CASE … END`: the SkipReason of a row, or NULL when the row is data. First matching rule wins. */
export function skipReasonSql(rc: RuleColumns): string {
  // Every test runs on every row, so each starts with a cheap one and the costly part only sees the
  // rows that pass it (a CASE branch, an AND, an OR are evaluated only for the rows that reach them):
  // a blank row has a missing or blank first cell; a footer or totals row has one of a few words in
  // its first cells. A million rows: 640 → ≈ 250 ms.
  const first = firstCellSql(rc.cells);
  const lead = rc.cells.slice(0, 3);
  const beyondLead = rc.cells.length > lead.length
    ? [`CASE WHEN ${rc.refs.slice(0, lead.length).map((r) => `${r} IS NULL`).join(' AND ')} THEN COALESCE(${rc.cells.slice(lead.length).join(', ')}) END`]
    : [];
  const hint = `regexp_matches(concat_ws('|', ${[...lead, ...beyondLead].join(', ')}), ${sqlString(HINT_RE)}, 'i')`;
  const c0 = rc.cells[0];
  const blank = rc.cells.length
    ? `(${rc.refs[0]} IS NULL OR ${c0} = '' OR ${mayBeSpace(`ascii(${c0})`)}) AND ${first} IS NULL`
    : 'true';
  const rest: [string, SkipReason][] = [];
  if (rc.extra) rest.push([`${trimmed(rc.extra)} IS NOT NULL`, 'too-many-fields']);
  if (rc.status) rest.push([matches(rc.status, VOIDED_RE), 'voided'], [matches(rc.status, NOT_APPROVED_RE), 'not-approved']);
  if (rc.voidFlag) rest.push([matches(rc.voidFlag, TRUTHY_RE), 'voided']);
  if (rc.gift) rest.push([matches(rc.gift, TRUTHY_RE), 'gift']);
  if (rc.type) rest.push([matches(rc.type, GIFT_TYPE_RE), 'gift']);
  const arms = (list: [string, SkipReason][]) => list.map(([cond, reason]) => `WHEN ${cond} THEN ${sqlString(reason)}`).join(' ');
  const others = rest.length ? `CASE ${arms(rest)} END` : 'NULL';
  const marked = arms([
    [matches(first, FOOTER_RE), 'footer'],
    [[first, ...lead].map((c) => `COALESCE(${matches(c, TOTAL_RE)}, false)`).join(' OR '), 'total'],
  ]);
  return `CASE WHEN ${blank} THEN 'blank' WHEN ${hint} THEN CASE ${marked} ELSE ${others} END ELSE ${others} END`;
}

/** A boolean SQL expression: the row's type column says it is a return (退货), or null without one. */
export function isReturnSql(rc: RuleColumns): string | null {
  return rc.type ? `COALESCE(${matches(rc.type, RETURN_TYPE_RE)}, false)` : null;
}
