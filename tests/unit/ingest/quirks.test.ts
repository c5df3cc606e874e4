/**
 * The same orders table written through every quirk of real exports must import to the same typed
 * rows. Expected rows come from fixtures.ts (ORDERS), not from the importer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type SqlRunner } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest/load';
import type { ImportReport } from '../../../src/ingest/report';
import {
  CN_HEADERS, EN_HEADERS, ORDERS, PLAIN, encodeGbk, encodeUtf16, loadedOrders, ordersText, utf8, writeCsv, type Writer,
} from './fixtures';

let runner: SqlRunner;
beforeAll(async () => { runner = await openNodeDuckDB(); }, 60_000);

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const serial = (iso: string) => String((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
const thousands = (n: number) => Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wide = (s: string) => s.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const w = (over: Partial<Writer>): Writer => ({ ...PLAIN, ...over });

const expected = ORDERS.map((o) => ({ ...o }));

const CASES: [string, () => Uint8Array | Promise<Uint8Array>][] = [
  ['plain UTF-8', () => utf8(ordersText(PLAIN))],
  ['GBK (Excel on Chinese Windows)', () => encodeGbk(ordersText(PLAIN))],
  ['UTF-16LE with BOM', () => encodeUtf16(ordersText(w({ delimiter: '\t' })), true)],
  ['UTF-16BE with BOM', () => encodeUtf16(ordersText(PLAIN), false)],
  ['UTF-8 with BOM', () => utf8(ordersText(PLAIN), true)],
  ['title and export-time lines', () => utf8(ordersText(w({ above: ['销售出库单序时簿', '导出时间: 2024-07-01 10:00:00', ''] })))],
  ['totals and subtotal rows', () => utf8(ordersText(w({
    extraAfter: { 4: [['', '', '', '', '', '', '小计', '15', '58234.5']], 9: [['合计', '', '', '', '', '', '', '34', '1178999.68']] },
  })))],
  ['Salesforce report footer', () => utf8(ordersText(w({
    headers: EN_HEADERS,
    below: ['', '"Grand Totals (10 records)",,,,,,,,"1,178,999.68"', '', '', '"Confidential Information - Do Not Distribute"',
      '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."'],
  })))],
  ['thousands separators, ¥ and (negatives)', () => utf8(ordersText(w({ amount: (n) => (n < 0 ? `(${thousands(n)})` : `¥${thousands(n)}`) })))],
  ['RMB and 元', () => utf8(ordersText(w({ amount: (n) => (n < 0 ? `-RMB ${thousands(n)}` : `${thousands(n)}元`) })))],
  ['full-width digits', () => utf8(ordersText(w({ amount: (n) => wide(String(n)) })))],
  ['dates 2024/1/5', () => utf8(ordersText(w({ date: (d) => parts(d).join('/') })))],
  ['dates 2024.1.5', () => utf8(ordersText(w({ date: (d) => parts(d).join('.') })))],
  ['dates 2024年1月5日', () => utf8(ordersText(w({ date: (d) => { const [y, m, dd] = parts(d); return `${y}年${m}月${dd}日`; } })))],
  ['dates 20240105', () => utf8(ordersText(w({ date: (d) => d.replaceAll('-', '') })))],
  ['US dates 1/5/2024', () => utf8(ordersText(w({ date: (d) => { const [y, m, dd] = parts(d); return `${m}/${dd}/${y}`; } })))],
  ['day-first dates 5/1/2024', () => utf8(ordersText(w({ date: (d) => { const [y, m, dd] = parts(d); return `${dd}/${m}/${y}`; } })))],
  ['Excel serial dates', () => utf8(ordersText(w({ date: serial })))],
  ['dates with a time of day', () => utf8(ordersText(w({ date: (d) => `${d} 09:30:00` })))],
  ['amounts in 万元', () => utf8(ordersText(w({ headers: [...PLAIN.headers.slice(0, 8), '价税合计(万元)'], amount: (n) => String(n / 10000) })))],
  ['U9 dotted headers', () => utf8(ordersText(w({ headers: PLAIN.headers.map((h) => `销售订单行.${h}`) })))],
  ['semicolon delimiter', () => utf8(ordersText(w({ delimiter: ';' })))],
  ['tab delimiter', () => utf8(ordersText(w({ delimiter: '\t' })))],
  ['pipe delimiter', () => utf8(ordersText(w({ delimiter: '|' })))],
  ['CRLF line ends', () => utf8(ordersText(w({ newline: '\r\n' })))],
  ['a delimiter after every data row', () => utf8(ordersText(w({ trailingDelimiter: true })))],
  ['Excel ="00123" cells', () => utf8(ordersText(w({ id: (s) => `="${s}"` })))],
  ['English (Salesforce) headers', () => utf8(ordersText(w({ headers: EN_HEADERS })))],
  ['everything at once, in GBK', () => encodeGbk(ordersText(w({
    headers: PLAIN.headers.map((h, i) => (i === 8 ? '销售订单行.价税合计(万元)' : h)), delimiter: ';', newline: '\r\n',
    above: ['销售出库单序时簿', '导出时间: 2024-07-01'], amount: (n) => (n < 0 ? `(${n / -10000})` : `￥${n / 10000}`),
    date: (d) => { const [y, m, dd] = parts(d); return `${y}年${m}月${dd}日`; }, extraAfter: { 9: [['合计', '', '', '', '', '', '', '34', '117.9']] },
  })))],
];

describe('every quirk imports to the same typed rows', () => {
  it.each(CASES)('%s', async (_name, make) => {
    const report = await importFile(runner, { name: 'orders.csv', bytes: await make() });
    expect(report.table).toBe('orders');
    expect(report.rowsLoaded).toBe(ORDERS.length);
    const rows = await loadedOrders(runner);
    expect(rows.map(({ amount: _a, ...r }) => r)).toEqual(expected.map(({ amount: _a, ...r }) => r));
    rows.forEach((r, i) => expect(r.amount).toBeCloseTo(expected[i].amount, 6));
  });
});

describe('what the report says about the quirks', () => {
  const run = async (bytes: Uint8Array): Promise<ImportReport> => importFile(runner, { name: 'orders.csv', bytes });

  it('names the encoding, delimiter and header row', async () => {
    const gbk = await run(encodeGbk(ordersText(w({ above: ['销售出库单序时簿', '导出时间: 2024-07-01'], delimiter: ';' }))));
    expect(gbk).toMatchObject({ encoding: 'gb18030', delimiter: ';', headerRow: 3, bom: false, rowsRead: ORDERS.length });
    const utf16 = await run(encodeUtf16(ordersText(PLAIN), true));
    expect(utf16).toMatchObject({ encoding: 'utf-16le', bom: true });
  });

  it('counts totals and footers it left out, with their row numbers', async () => {
    const report = await run(utf8(ordersText(w({
      extraAfter: { 4: [['', '', '', '', '', '', '小计', '15', '58234.5']] },
      below: ['"Grand Totals (10 records)"', 'Confidential Information - Do Not Distribute'],
    }))));
    expect(report.skippedCounts).toMatchObject({ total: 1, footer: 2 });
    // header is record 1, data rows 2–6, the subtotal row 7
    expect(report.skipped[0]).toEqual({ row: 7, reason: 'total', value: '小计' });
    expect(report.warnings.some((x) => x.code === 'footer-lines')).toBe(true);
  });

  it('says when slash dates cannot tell day from month, and reads them month first', async () => {
    const early = ORDERS.filter((o) => parts(o.order_date)[2] <= 12);
    const report = await run(utf8(ordersText(w({ date: (d) => { const [y, m, dd] = parts(d); return `${m}/${dd}/${y}`; } }), early)));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'date-order-ambiguous', column: 'order_date' }));
    expect((await loadedOrders(runner)).map((r) => r.order_date)).toEqual(early.map((o) => o.order_date));
    const asked = await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(w({ date: (d) => { const [y, m, dd] = parts(d); return `${dd}/${m}/${y}`; } }), early)) }, { dayFirst: true });
    expect(asked.warnings.some((x) => x.code === 'date-order-ambiguous')).toBe(false);
    expect((await loadedOrders(runner)).map((r) => r.order_date)).toEqual(early.map((o) => o.order_date));
  });

  it('reports the derived regions and the unit scale in the mapping', async () => {
    const report = await run(utf8(ordersText(w({ headers: [...PLAIN.headers.slice(0, 8), '价税合计(万元)'], amount: (n) => String(n / 10000) }))));
    expect(report.mapping.find((m) => m.column === 'amount')).toMatchObject({ header: '价税合计(万元)', scale: 10000 });
    expect(report.warnings).toContainEqual({ code: 'region-derived', column: 'region', rows: ORDERS.length });
  });

  it('fills only the missing regions from the province, and counts those', async () => {
    // A region column given on the first six rows and blank on the rest.
    const given = 6;
    const rows = ORDERS.map((o, i) => [o.order_id, o.order_date, o.partner_id, o.partner_name, o.salesperson, o.province, i < given ? o.region : '', o.product, String(o.quantity), String(o.amount)]);
    const text = writeCsv([[...CN_HEADERS.slice(0, 6), '区域', ...CN_HEADERS.slice(6)], ...rows], ',');
    const report = await run(utf8(text));
    expect(report.warnings).toContainEqual({ code: 'region-derived', column: 'region', rows: ORDERS.length - given });
    const loaded = await createQuery(runner)('SELECT order_id, region FROM orders ORDER BY order_id');
    expect(loaded).toEqual(ORDERS.map((o) => ({ order_id: o.order_id, region: o.region })));
  });
});
