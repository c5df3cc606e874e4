/**
 * Headers (and a sample of values) → which canonical table the file is and which column is which.
 * Synonyms come from schema.ts; a header matches exactly (by key) or, weaker, by containing a
 * synonym. Values settle what headers cannot: a "date" column whose cells are not dates is not
 * the order date, a "customer" column full of codes is the partner id.
 */
import type { CleanHeader } from './names';
import { headerKey } from './names';
import type { ColumnMapping } from './report';
import { SCHEMA, TABLE_NAMES, type ColumnType, type RowRole, type TableName } from './schema';
import { ROLE_SYNONYMS, synonymsOf } from './synonyms';

/** Mappings at or above this confidence import without asking. */
export const CONFIDENT = 0.9;

export interface MappingPlan {
  kind: TableName | 'raw';
  columns: ColumnMapping[];
  /** Source column index of each row-rule column (status, gift flag, line type). */
  roles: Partial<Record<RowRole, number>>;
  /** Requirements not met: a column name, or alternatives joined by '|'. */
  missing: string[];
  /** Labels of source columns neither mapped nor used by a rule. */
  ignored: string[];
  /** Other tables the headers fit, best first. */
  alternatives: { kind: TableName; score: number; missing: string[] }[];
  needsReview: boolean;
}

/** `rank` orders synonyms of one column (价税合计 before 金额); it never moves a score across tables. */
interface Candidate { index: number; column: string; score: number; rank: number; how: ColumnMapping['how'] }

const FILE_HINTS: Partial<Record<TableName, RegExp>> = {
  orders: /order|sales|出库|订单|销售/i,
  partners: /partner|account|伙伴|代理|经销|客户/i,
  sellout: /sell-?out|分销|动销/i,
  targets: /target|quota|目标|任务|指标/i,
  inventory: /inventory|stock|库存/i,
  receivables: /receivable|invoice|ar\b|应收|回款|发票/i,
  trainings: /training|培训/i,
  surveys: /survey|satisfaction|满意度|调查|问卷/i,
  activities: /activit|event|campaign|活动|路演/i,
  opportunities: /opportunit|pipeline|商机/i,
  expenses: /expense|费用|报销/i,
};

/** Per table: header key → [column, priority rank] (the canonical name first, then synonyms in order). */
let index: Map<TableName, Map<string, [string, number]>> | null = null;
function synonymIndex(): Map<TableName, Map<string, [string, number]>> {
  if (index) return index;
  index = new Map();
  for (const t of TABLE_NAMES) {
    const m = new Map<string, [string, number]>();
    for (const c of SCHEMA[t].columns) {
      [c.name, ...synonymsOf(t, c.name)].forEach((s, rank) => { if (!m.has(headerKey(s))) m.set(headerKey(s), [c.name, rank]); });
    }
    index.set(t, m);
  }
  return index;
}

const NUMBER_RE = /^[\s(]*[-+]?[\s(]*(?:[¥￥$€£]|rmb|cny|usd)?\s*\d[\d,.\s]*(?:%|元)?\)?-?$/i;
const DATE_RE = /^(\d{4}[-/.年]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}$|\d{5}(\.\d+)?$|\d{1,2}[- ][a-z]{3}|[a-z]{3,9} \d{1,2},? \d{4})/i;
const CODE_RE = /^[a-z]{0,8}[-_]?\d[\w-]*$/i;

function looks(type: ColumnType | 'code', value: string): boolean {
  const v = value.normalize('NFKC').trim();
  if (type === 'DOUBLE' || type === 'INTEGER') return NUMBER_RE.test(v);
  if (type === 'DATE') return DATE_RE.test(v);
  if (type === 'code') return CODE_RE.test(v) && v.length <= 24;
  return true;
}

/** Share of a column's non-empty sample values that look like `type` (1 when the sample is empty). */
export function valueFit(sample: string[][], index: number, type: ColumnType | 'code'): number {
  const values = sample.map((r) => r[index] ?? '').filter((v) => v.trim() !== '');
  if (values.length === 0) return 1;
  return values.filter((v) => looks(type, v)).length / values.length;
}

function candidates(table: TableName, headers: CleanHeader[], sample: string[][]): Candidate[] {
  const syn = synonymIndex().get(table)!;
  const out: Candidate[] = [];
  headers.forEach((h, i) => {
    if (!h.key) return;
    const exact = syn.get(h.key);
    if (exact) out.push({ index: i, column: exact[0], score: 1, rank: exact[1], how: 'synonym' });
    else {
      // Weaker: the header contains a synonym (订单金额 ⊃ 金额); longer synonyms are better evidence.
      for (const [key, [column]] of syn) {
        const long = /[^\x00-\x7f]/.test(key) ? key.length >= 2 : key.length >= 4;
        if (long && h.key.includes(key)) out.push({ index: i, column, score: 0.6 + Math.min(key.length, 10) * 0.01, rank: 0, how: 'fuzzy' });
      }
    }
  });
  for (const c of out) {
    const type = SCHEMA[table].columns.find((s) => s.name === c.column)!.type;
    const fit = valueFit(sample, c.index, type);
    if (fit < 0.5) c.score *= 0.3;
  }
  return out.sort((a, b) => b.score - a.score || a.rank - b.rank || a.index - b.index);
}

/** Greedy one-to-one assignment, best score first. */
function assign(cands: Candidate[], headers: CleanHeader[]): ColumnMapping[] {
  const usedIndex = new Set<number>();
  const usedColumn = new Set<string>();
  const out: ColumnMapping[] = [];
  for (const c of cands) {
    if (usedIndex.has(c.index) || usedColumn.has(c.column)) continue;
    usedIndex.add(c.index);
    usedColumn.add(c.column);
    out.push({ column: c.column, header: headers[c.index].label, index: c.index, confidence: Math.min(1, c.score), scale: headers[c.index].scale, how: c.how });
  }
  return out;
}

/** A "customer" column full of codes is the partner id, when no other column is. */
function resolveIdByValues(columns: ColumnMapping[], sample: string[][]): void {
  const name = columns.find((c) => c.column === 'partner_name');
  if (!name || columns.some((c) => c.column === 'partner_id')) return;
  if (valueFit(sample, name.index, 'code') >= 0.9 && sample.length > 0) {
    Object.assign(name, { column: 'partner_id', how: 'value', confidence: Math.min(name.confidence, 0.8) });
  }
}

/** Requirements not met by the mapped columns. */
export function missingRequired(table: TableName, columns: ColumnMapping[]): string[] {
  const have = new Set(columns.map((c) => c.column));
  // A partner list without ids is keyed by name (the loader copies partner_name into partner_id).
  if (table === 'partners' && have.has('partner_name')) have.add('partner_id');
  return SCHEMA[table].required
    .map((r) => (Array.isArray(r) ? r : [r]))
    .filter((alts) => !alts.some((a) => have.has(a)))
    .map((alts) => alts.join('|'));
}

const ROLE_TABLES: Record<RowRole, readonly TableName[]> = {
  status: TABLE_NAMES.filter((t) => !SCHEMA[t].columns.some((c) => c.name === 'status')),
  voidFlag: TABLE_NAMES.filter((t) => t !== 'partners'),
  gift: ['orders', 'sellout'],
  type: ['orders', 'sellout'],
};

function findRoles(table: TableName, headers: CleanHeader[], used: Set<number>): Partial<Record<RowRole, number>> {
  const roles: Partial<Record<RowRole, number>> = {};
  for (const role of Object.keys(ROLE_SYNONYMS) as RowRole[]) {
    if (!ROLE_TABLES[role].includes(table)) continue;
    const keys = new Set(ROLE_SYNONYMS[role].map(headerKey));
    const i = headers.findIndex((h, j) => !used.has(j) && keys.has(h.key));
    if (i >= 0) { roles[role] = i; used.add(i); }
  }
  return roles;
}

/** The plan for a given table: mapped columns, rule columns, what is missing and ignored. */
export function planForTable(
  table: TableName, headers: CleanHeader[], sample: string[][], columns?: ColumnMapping[],
): Omit<MappingPlan, 'alternatives' | 'needsReview'> {
  const mapped = columns ?? assign(candidates(table, headers, sample), headers);
  if (!columns) resolveIdByValues(mapped, sample);
  const used = new Set(mapped.map((c) => c.index));
  const roles = findRoles(table, headers, used);
  const ignored = headers.filter((h, i) => !used.has(i) && h.label !== '').map((h) => h.label);
  mapped.sort((a, b) => a.index - b.index);
  return { kind: table, columns: mapped, roles, missing: missingRequired(table, mapped), ignored };
}

/** How many tables have a column this header names exactly: a header only one table has is strong evidence. */
function tablesNaming(key: string): number {
  let n = 0;
  for (const t of TABLE_NAMES) if (synonymIndex().get(t)!.has(key)) n++;
  return Math.max(n, 1);
}

function scoreOf(table: TableName, plan: Omit<MappingPlan, 'alternatives' | 'needsReview'>, headers: CleanHeader[], fileName: string): number {
  const required = new Set(SCHEMA[table].required.flat());
  const hint = FILE_HINTS[table]?.test(fileName) ? 0.5 : 0;
  const complete = plan.missing.length === 0 ? 2 : 0;
  return plan.columns.reduce((s, c) => {
    const specific = 1 + 1 / tablesNaming(headers[c.index].key);
    return s + c.confidence * specific * (required.has(c.column) ? 1.5 : 1);
  }, 0) + hint + complete;
}

/** Every column as itself: what a file matching no table loads as. */
export function rawPlan(headers: CleanHeader[], labels: string[]): MappingPlan {
  const columns = labels.map((label, i) => ({ column: label, header: headers[i].label, index: i, confidence: 1, scale: 1, how: 'synonym' as const }));
  return { kind: 'raw', columns, roles: {}, missing: [], ignored: [], alternatives: [], needsReview: false };
}

/** Recognise the table and map its columns. `labels` are the unique names used for a raw table. */
export function mapColumns(headers: CleanHeader[], labels: string[], sample: string[][], fileName = ''): MappingPlan {
  const requiredHits = (t: TableName, p: Omit<MappingPlan, 'alternatives' | 'needsReview'>) =>
    p.columns.filter((c) => SCHEMA[t].required.flat().includes(c.column)).length;
  // A table needs two recognised columns, one of them required, to be a candidate at all.
  const ranked = TABLE_NAMES.map((t) => {
    const plan = planForTable(t, headers, sample);
    return { kind: t, plan, score: scoreOf(t, plan, headers, fileName) };
  }).filter((r) => r.plan.columns.length >= 2 && requiredHits(r.kind, r.plan) > 0).sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return rawPlan(headers, labels);
  const [best, runnerUp] = ranked;
  const alternatives = ranked.slice(1).map((r) => ({ kind: r.kind, score: r.score, missing: r.plan.missing }));
  const tie = runnerUp !== undefined && runnerUp.plan.missing.length === 0 && runnerUp.score >= best.score - 0.01;
  const required = new Set(SCHEMA[best.kind].required.flat());
  const unsure = best.plan.columns.some((c) => required.has(c.column) && c.confidence < CONFIDENT);
  return { ...best.plan, alternatives, needsReview: best.plan.missing.length > 0 || unsure || tie };
}
