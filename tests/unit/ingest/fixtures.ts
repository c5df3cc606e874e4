/**
 * Fixture generator for the import tests: one small orders table, and writers that put it through
 * every quirk real exports have. Expected values come from ORDERS here, never from the importer.
 */
import type { SqlRunner } from '../../../src/engine/query';
import { createQuery } from '../../../src/engine/query';

export interface OrderRow {
  order_id: string; order_date: string; partner_id: string; partner_name: string; salesperson: string;
  province: string; region: string; product: string; quantity: number; amount: number;
}

/** Province as written in the file (full names), and the short name + region we expect. */
export const ORDERS: OrderRow[] = [
  { order_id: 'SO-001', order_date: '2024-01-05', partner_id: '00123', partner_name: '华东科技', salesperson: '张三', province: '上海', region: '华东', product: '产品A', quantity: 2, amount: 1234.5 },
  { order_id: 'SO-002', order_date: '2024-01-15', partner_id: '00456', partner_name: '江南软件, "总部"', salesperson: '李四', province: '江苏', region: '华东', product: '产品B', quantity: 1, amount: 56000 },
  { order_id: 'SO-003', order_date: '2024-02-01', partner_id: 'P789', partner_name: '岭南数码', salesperson: '王五', province: '广西', region: '华南', product: '产品A', quantity: 10, amount: 98765.43 },
  { order_id: 'SO-004', order_date: '2024-02-29', partner_id: '00123', partner_name: '华东科技', salesperson: '张三', province: '上海', region: '华东', product: '产品C', quantity: 3, amount: 1500 },
  { order_id: 'SO-005', order_date: '2024-03-10', partner_id: 'P900', partner_name: '西部系统', salesperson: '赵六', province: '陕西', region: '西北', product: '产品B', quantity: -1, amount: -2000 },
  { order_id: 'SO-006', order_date: '2024-03-31', partner_id: 'P901', partner_name: '晋商信息', salesperson: '赵六', province: '山西', region: '华北', product: '产品A', quantity: 5, amount: 7500.25 },
  { order_id: 'SO-007', order_date: '2024-04-12', partner_id: 'P902', partner_name: '草原网络', salesperson: '赵六', province: '内蒙古', region: '华北', product: '产品C', quantity: 1, amount: 300 },
  { order_id: 'SO-008', order_date: '2024-05-20', partner_id: '00456', partner_name: '江南软件, "总部"', salesperson: '李四', province: '江苏', region: '华东', product: '产品A', quantity: 4, amount: 12000 },
  { order_id: 'SO-009', order_date: '2024-06-30', partner_id: 'P789', partner_name: '岭南数码', salesperson: '王五', province: '广西', region: '华南', product: '产品B', quantity: 2, amount: 0.5 },
  { order_id: 'SO-010', order_date: '2024-12-31', partner_id: 'P903', partner_name: '天府集成', salesperson: '王五', province: '四川', region: '西南', product: '产品A', quantity: 7, amount: 1000000 },
];

const FULL_PROVINCE: Record<string, string> = {
  上海: '上海市', 江苏: '江苏省', 广西: '广西壮族自治区', 陕西: '陕西省', 山西: '山西省', 内蒙古: '内蒙古自治区', 四川: '四川省',
};

export const CN_HEADERS = ['订单编号', '日期', '客户编码', '客户名称', '业务员', '省份', '产品', '数量', '价税合计'];
export const EN_HEADERS = ['Order Number', 'Close Date', 'Account ID', 'Account Name', 'Opportunity Owner', 'State', 'Product Name', 'Quantity', 'Amount'];

/** How each cell of a row is written; every quirk overrides some of these. */
export interface Writer {
  headers: string[];
  date: (iso: string) => string;
  amount: (n: number) => string;
  id: (s: string) => string;
  delimiter: string;
  newline: string;
  above: string[];
  below: string[];
  /** Extra rows mixed in after the given data row index (totals, blanks). */
  extraAfter: Record<number, string[][]>;
  trailingDelimiter: boolean;
}

export const PLAIN: Writer = {
  headers: CN_HEADERS, date: (d) => d, amount: (n) => String(n), id: (s) => s, delimiter: ',', newline: '\n',
  above: [], below: [], extraAfter: {}, trailingDelimiter: false,
};

function quote(cell: string, delimiter: string): string {
  return /[",\n\r;|\t]/.test(cell) || cell.includes(delimiter) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function writeCsv(rows: string[][], delimiter: string, newline = '\n', trailing = false): string {
  return rows.map((r) => r.map((c) => quote(c, delimiter)).join(delimiter) + (trailing ? delimiter : '')).join(newline) + newline;
}

export function ordersText(w: Writer, rows: OrderRow[] = ORDERS): string {
  const body: string[][] = [];
  rows.forEach((o, i) => {
    body.push([w.id(o.order_id), w.date(o.order_date), w.id(o.partner_id), o.partner_name, o.salesperson,
      FULL_PROVINCE[o.province] ?? o.province, o.product, String(o.quantity), w.amount(o.amount)]);
    body.push(...(w.extraAfter[i] ?? []));
  });
  const header = writeCsv([w.headers], w.delimiter, w.newline);
  const data = writeCsv(body, w.delimiter, w.newline, w.trailingDelimiter);
  const above = w.above.map((l) => l + w.newline).join('');
  const below = w.below.map((l) => l + w.newline).join('');
  return above + header + data + below;
}

// ---- encoders (Node has no GBK or UTF-16 encoder; build them from the decoders) ----

let gbkTable: Map<string, number[]> | null = null;
/** Encode as GBK by inverting TextDecoder('gbk') over every two-byte code. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return out;
}

export const utf8 = (text: string, bom = false) => new TextEncoder().encode((bom ? '\uFEFF' : '') + text);

// ---- reading back ----

export const ORDER_COLUMNS = ['order_id', 'order_date', 'partner_id', 'partner_name', 'salesperson', 'province', 'region', 'product', 'quantity', 'amount'] as const;

/** The loaded orders in ORDERS' shape, ordered by order_id. */
export async function loadedOrders(runner: SqlRunner, table = 'orders'): Promise<Record<string, unknown>[]> {
  const query = createQuery(runner);
  return query(`SELECT ${ORDER_COLUMNS.join(', ')} FROM "${table}" ORDER BY order_id`);
}

/** Row count and an order-independent checksum of a table, to prove it did not change. */
export async function tableState(runner: SqlRunner, table: string): Promise<{ rows: number; sum: string } | null> {
  const query = createQuery(runner);
  const exists = await query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?`, [table]);
  if (Number(exists[0].n) === 0) return null;
  const r = await query(`SELECT count(*) AS n, CAST(sum(hash(t)) AS VARCHAR) AS s FROM "${table}" t`);
  return { rows: Number(r[0].n), sum: String(r[0].s) };
}

/** Staging tables or files an import forgot to clean up. */
export async function leftovers(runner: SqlRunner): Promise<string[]> {
  const query = createQuery(runner);
  const rows = await query(`SELECT table_name AS t FROM information_schema.tables WHERE table_name LIKE '\\_\\_%' ESCAPE '\\'`);
  return rows.map((r) => String(r.t));
}

/** mulberry32: small, seedable, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
