/**
 * Fuzzing the importer (seeded, reproducible; a failing case prints its family and seed).
 *
 * Two families go through the public ingest API against real DuckDB-WASM:
 * - mutated valid orders exports (ragged rows, title lines, totals rows, blank lines, huge fields,
 *   quoted delimiters and line breaks, GBK / UTF-16 / BOM, shuffled columns): they must load, and
 *   every data record of the file is either loaded or skipped with a reason, counted here from
 *   what the generator wrote, never from the importer;
 * - hostile bytes (random bytes, random text, truncated quotes, NUL bytes, BOMs in odd places,
 *   GBK and UTF-16 pieces inside UTF-8, cut files, flipped bytes, a line past DuckDB's limit):
 *   each ends in a report that adds up or a typed ImportError.
 * For every case: no other error escapes, the time stays under a generous bound per MB (a hang or
 * a quadratic blow-up fails, a busy machine does not), the tables loaded before are unchanged when
 * the import fails, and no staging table is left behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type QueryFn, type SqlRunner } from '../../../src/engine/query';
import { ImportError, SKIP_REASONS, importFile, type ImportReport } from '../../../src/ingest';
import { encodeGbk, encodeUtf16, leftovers, rng, tableState, utf8, writeCsv } from './fixtures';

let runner: SqlRunner;
let query: QueryFn;

type Rand = () => number;
const int = (next: Rand, lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
const pick = <T,>(next: Rand, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];


// ---- the valid orders export every mutation starts from ----

const HEADERS = ['订单编号', '日期', '客户编码', '客户名称', '业务员', '产品', '数量', '价税合计'];
const NAMES = ['杭州云启', '成都数联', '岭南数码', '江南软件, "总部"', 'Acme; Ltd', '西部\n系统', '晋商信息', '草原网络'];
const PEOPLE = ['张三', '李四', '王五', '赵六'];
const PRODUCTS = ['ERP 企业版', '财务云', '协同办公', '产品|A', '数据\t平台'];

interface Source { header: string[]; records: string[][]; ids: string[] }

function validOrders(next: Rand, n: number): Source {
  const records: string[][] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `SO-${i + 1}`;
    ids.push(id);
    const p = int(next, 0, NAMES.length - 1);
    const date = `2024-${String(int(next, 1, 12)).padStart(2, '0')}-${String(int(next, 1, 28)).padStart(2, '0')}`;
    records.push([id, date, `P${String(p).padStart(4, '0')}`, NAMES[p], pick(next, PEOPLE), pick(next, PRODUCTS),
      String(int(next, -2, 20)), (int(next, -50_000, 5_000_000) / 100).toFixed(2)]);
  }
  return { header: HEADERS, records, ids };
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'gbk') return encodeGbk(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return encodeUtf16(text, encoding === 'utf-16le');
  return utf8(text, encoding === 'utf-8-bom');
}

interface ValidCase {
  label: string;
  bytes: Uint8Array;
  /** Data records below the header (blank lines are not records; totals rows are). */
  records: number;
  /** Order ids of rows left exactly as generated: they must be in the loaded table. */
  intact: string[];
}

/** A valid export, mutated in ways that keep it a CSV whose records can be counted. */
function mutatedValid(seed: number): ValidCase {
  const next = rng(seed);
  const src = validOrders(next, int(next, 1, 60));
  const order = HEADERS.map((_, i) => i).sort(() => next() - 0.5);
  const shuffle = (r: string[]) => order.map((i) => r[i] ?? '');
  const delimiter = pick(next, [',', ',', '\t', ';'] as const);
  const newline = pick(next, ['\n', '\r\n'] as const);
  const encoding = pick(next, ['utf-8', 'utf-8', 'utf-8-bom', 'gbk', 'utf-16le', 'utf-16be'] as const);
  const lines: string[] = [];
  const mutations: string[] = [];
  if (next() < 0.3) {
    lines.push('销售出库单序时簿', `导出时间: 2024-07-0${int(next, 1, 9)} 10:00`);
    mutations.push('title');
  }
  lines.push(writeCsv([order.map((i) => src.header[i])], delimiter, ''));
  let records = 0;
  const intact: string[] = [];
  const amountAt = order.indexOf(7);
  for (const [k, rec] of src.records.entries()) {
    const roll = next();
    let row = shuffle(rec);
    if (roll < 0.08) {
      row = [...row, ...Array.from({ length: int(next, 1, 3) }, () => 'x')];
      mutations.push('long-row');
    } else if (roll < 0.16) {
      row = row.slice(0, int(next, 1, row.length - 1));
      mutations.push('short-row');
    } else if (roll < 0.19 && encoding !== 'gbk') {
      row[order.indexOf(5)] = '长'.repeat(int(next, 1_000, 200_000));
      intact.push(src.ids[k]);
      mutations.push('huge-field');
    } else intact.push(src.ids[k]);
    lines.push(writeCsv([row], delimiter, ''));
    records++;
    if (next() < 0.05) {
      lines.push('');
      mutations.push('blank');
    }
    if (next() < 0.05) {
      const total = HEADERS.map(() => '');
      total[0] = pick(next, ['合计', '小计', 'Total', '总计：']);
      total[amountAt] = '123.45';
      lines.push(writeCsv([total], delimiter, ''));
      records++;
      mutations.push('total');
    }
  }
  const text = lines.join(newline) + newline;
  return { label: `${encoding} ${JSON.stringify(delimiter)} ${[...new Set(mutations)].join('+') || 'plain'}`, bytes: encode(text, encoding), records, intact };
}

// ---- hostile inputs: anything may happen except an unhandled error, a hang or lost data ----

const KINDS = [
  'random-bytes', 'random-text', 'truncated-quote', 'nul-bytes', 'bom-inside', 'gbk-piece', 'utf16-piece', 'cut', 'flipped-bytes',
  'too-long-line', 'quote-storm', 'only-delimiters',
] as const;
type Kind = (typeof KINDS)[number];

const ALPHABET = ['a', '1', ',', ';', '\t', '|', '"', '\n', '\r\n', ' ', '合计', '日期', '金额', '客户编码', '¥', '😀', '=', '\\', '\u2028', '\uFEFF'];

function validBytes(next: Rand): Uint8Array {
  const src = validOrders(next, int(next, 1, 40));
  return utf8(writeCsv([src.header, ...src.records], ','));
}

function splice(bytes: Uint8Array, at: number, insert: Uint8Array, remove = 0): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

function hostile(kind: Kind, seed: number): Uint8Array {
  const next = rng(seed * 7919 + KINDS.indexOf(kind));
  const base = validBytes(next);
  const anywhere = () => int(next, 0, base.length);
  switch (kind) {
    case 'random-bytes': return Uint8Array.from({ length: int(next, 1, 20_000) }, () => int(next, 0, 255));
    case 'random-text': return utf8(Array.from({ length: int(next, 1, 3_000) }, () => pick(next, ALPHABET)).join(''));
    case 'truncated-quote': return splice(base, anywhere(), utf8('"'));
    case 'nul-bytes': {
      let out = base;
      for (let i = int(next, 1, 5); i > 0; i--) out = splice(out, int(next, 0, out.length), new Uint8Array([0]));
      return out;
    }
    case 'bom-inside': return splice(base, anywhere(), new Uint8Array([0xef, 0xbb, 0xbf]));
    case 'gbk-piece': return splice(base, anywhere(), encodeGbk('华东科技,合计'));
    case 'utf16-piece': return splice(base, anywhere(), encodeUtf16('客户,金额\n', next() < 0.5, next() < 0.5));
    case 'cut': return base.subarray(0, int(next, 1, base.length));
    case 'flipped-bytes': {
      const out = base.slice();
      for (let i = int(next, 1, 20); i > 0; i--) out[int(next, 0, out.length - 1)] = int(next, 0, 255);
      return out;
    }
    case 'too-long-line': return splice(base, base.indexOf(0x0a, base.indexOf(0x0a) + 1) + 1, utf8(`SO-X,2024-01-01,P1,${'x'.repeat(int(next, 2_100_000, 2_400_000))},张三,产品,1,1\n`));
    case 'quote-storm': return utf8(Array.from({ length: int(next, 1, 5_000) }, () => pick(next, ['"', '""', ',', '\n', 'a'])).join(''));
    case 'only-delimiters': return utf8(Array.from({ length: int(next, 1, 2_000) }, () => pick(next, [',', ';', '\n', '\t'])).join(''));
  }
}

// ---- the checks ----

type Snapshot = Map<string, Awaited<ReturnType<typeof tableState>>>;

async function snapshot(): Promise<Snapshot> {
  const names = await query(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1`);
  const out: Snapshot = new Map();
  for (const r of names) out.set(String(r.t), await tableState(runner, String(r.t)));
  return out;
}

interface Outcome { report: ImportReport | null; error: ImportError | null }

// No time bound here (tests never assert wall-clock times): a hang fails by the test's timeout.
async function run(name: string, bytes: Uint8Array, label: string): Promise<Outcome> {
  let outcome: Outcome;
  try {
    outcome = { report: await importFile(runner, { name, bytes }), error: null };
  } catch (e) {
    // Anything but a typed ImportError is an unhandled failure.
    if (!(e instanceof ImportError)) throw new Error(`${label}: unexpected ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    outcome = { report: null, error: e };
  }
  return outcome;
}

/** A report adds up: every row read is loaded or listed with a reason, and the table holds what it says. */
async function expectConsistent(report: ImportReport, label: string): Promise<void> {
  const skipped = Object.values(report.skippedCounts).reduce((a, b) => a + b, 0);
  expect(report.rowsLoaded + skipped, label).toBe(report.rowsRead);
  expect(report.skipped.length, label).toBe(Math.min(skipped, 1000));
  for (const s of report.skipped) expect(SKIP_REASONS, label).toContain(s.reason);
  expect(new Set(report.skipped.map((s) => s.row)).size, `${label}: one entry per skipped row`).toBe(report.skipped.length);
  expect((await tableState(runner, report.table))?.rows, label).toBe(report.rowsLoaded);
}

/** After a failure nothing changed; after a success only the written table did. */
async function expectOnlyTargetChanged(before: Snapshot, outcome: Outcome, label: string): Promise<void> {
  const after = await snapshot();
  const target = outcome.report?.table;
  for (const [name, state] of before) if (name !== target) expect(after.get(name), `${label}: ${name}`).toEqual(state);
  for (const name of after.keys()) if (name !== target) expect(before.has(name), `${label}: new table ${name}`).toBe(true);
  expect(await leftovers(runner), label).toEqual([]);
}

const PARTNERS = utf8('客户编码,客户名称,省份\nP0000,杭州云启,浙江省\nP0001,成都数联,四川省\n');
const counts = { valid: 0, hostile: 0, errors: {} as Record<string, number> };

beforeAll(async () => {
  runner = await openNodeDuckDB();
  query = createQuery(runner);
  await importFile(runner, { name: 'partners.csv', bytes: PARTNERS });
  await importFile(runner, { name: 'orders.csv', bytes: utf8(writeCsv([HEADERS, ...validOrders(rng(0), 5).records], ',')) });
}, 60_000);

const VALID_CASES = 160;
const HOSTILE_PER_KIND = 18;

describe('fuzzing the importer', () => {
  it(`mutated valid exports (${VALID_CASES} cases): every record is loaded or skipped with a reason`, async () => {
    for (let seed = 1; seed <= VALID_CASES; seed++) {
      const c = mutatedValid(seed);
      const label = `valid seed ${seed} (${c.label})`;
      const before = await snapshot();
      const outcome = await run('orders.csv', c.bytes, label);
      if (outcome.error?.code === 'no-rows' && c.intact.length === 0) {
        // Every record was bad: still each one is accounted for, with a reason.
        const skipped = Object.values(outcome.error.detail.skipped as Record<string, number>).reduce((a, b) => a + b, 0);
        expect(skipped, label).toBe(c.records);
        await expectOnlyTargetChanged(before, outcome, label);
        counts.valid++;
        continue;
      }
      expect(outcome.error, `${label}: ${outcome.error?.code} ${outcome.error?.message}`).toBeNull();
      const report = outcome.report!;
      expect(report.table, label).toBe('orders');
      const skipped = Object.values(report.skippedCounts).reduce((a, b) => a + b, 0);
      expect(report.rowsLoaded + skipped, label).toBe(c.records);
      await expectConsistent(report, label);
      if (c.intact.length > 0) {
        const found = await query(`SELECT count(DISTINCT order_id) AS n FROM orders WHERE list_contains(string_split(?, ','), order_id)`, [c.intact.join(',')]);
        expect(Number(found[0].n), `${label}: untouched rows loaded`).toBe(c.intact.length);
      }
      await expectOnlyTargetChanged(before, outcome, label);
      counts.valid++;
    }
  }, 600_000);

  it(`hostile inputs (${KINDS.length} kinds × ${HOSTILE_PER_KIND}): a report that adds up or a typed error, nothing lost`, async () => {
    for (const kind of KINDS) {
      const cases = kind === 'too-long-line' ? 3 : HOSTILE_PER_KIND;
      for (let seed = 1; seed <= cases; seed++) {
        const label = `hostile ${kind} seed ${seed}`;
        const before = await snapshot();
        // Half are named like an orders export, so a failure has a real table to damage.
        const outcome = await run(seed % 2 ? 'orders.csv' : `fuzz ${kind} ${seed}.csv`, hostile(kind, seed), label);
        if (outcome.report) await expectConsistent(outcome.report, label);
        else counts.errors[outcome.error!.code] = (counts.errors[outcome.error!.code] ?? 0) + 1;
        await expectOnlyTargetChanged(before, outcome, label);
        if (outcome.report?.kind === 'raw') await runner.run(`DROP TABLE "${outcome.report.table.replaceAll('"', '""')}"`, []);
        counts.hostile++;
      }
    }
    console.log(`fuzz: ${counts.valid} mutated valid + ${counts.hostile} hostile = ${counts.valid + counts.hostile} cases; typed errors ${JSON.stringify(counts.errors)}`);
  }, 600_000);
});
