/** Recognising tables and columns from real-world headers (Kingdee, U9, Salesforce, quota sheets). */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type SqlRunner } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest/load';
import { mapColumns, type MappingPlan } from '../../../src/ingest/map';
import { memoryStore } from '../../../src/ingest/kv';
import { cleanHeader, uniqueLabels } from '../../../src/ingest/names';
import { planImport, rawTableName } from '../../../src/ingest/plan';
import { utf8, writeCsv } from './fixtures';

function plan(headers: string[], sample: string[][] = [], file = ''): MappingPlan {
  const clean = headers.map(cleanHeader);
  return mapColumns(clean, uniqueLabels(clean.map((h) => h.label)), sample, file);
}
const mapped = (p: MappingPlan) => Object.fromEntries(p.columns.map((c) => [c.column, c.header]));

describe('recognising the table and its columns', () => {
  it('Kingdee sales-out: 价税合计 is the amount, not 金额; 购货单位 is the partner', () => {
    const p = plan(['日期', '单据编号', '购货单位', '客户编码', '业务员', '产品名称', '实发数量', '含税单价', '金额', '价税合计', '部门']);
    expect(p.kind).toBe('orders');
    expect(mapped(p)).toEqual({
      order_date: '日期', order_id: '单据编号', partner_name: '购货单位', partner_id: '客户编码', salesperson: '业务员',
      product: '产品名称', quantity: '实发数量', unit_price: '含税单价', amount: '价税合计',
    });
    expect(p.ignored).toEqual(['金额', '部门']);
    expect(p.needsReview).toBe(false);
  });

  it('U9 dotted headers and units', () => {
    const p = plan(['销售订单.单号', '销售订单.业务日期', '客户.客户编码', '销售订单行.价税合计(万元)']);
    expect(p.kind).toBe('orders');
    expect(p.columns.find((c) => c.column === 'amount')).toMatchObject({ header: '价税合计(万元)', scale: 10000 });
  });

  it('Kingdee customer list → partners, 业务员 is the owner', () => {
    const p = plan(['客户编码', '客户名称', '业务员', '省份', '城市', '行业', '签约日期', '状态']);
    expect(p.kind).toBe('partners');
    expect(mapped(p)).toMatchObject({ partner_id: '客户编码', partner_name: '客户名称', owner: '业务员', signed_date: '签约日期', status: '状态' });
  });

  it('Salesforce account export → partners, case- and punctuation-insensitive', () => {
    const p = plan(['Account ID', 'ACCOUNT NAME', 'account_owner', 'Partner Since', 'Billing State/Province', 'Billing City', 'Industry', 'Partner Tier']);
    expect(p.kind).toBe('partners');
    expect(mapped(p)).toEqual({
      partner_id: 'Account ID', partner_name: 'ACCOUNT NAME', owner: 'account_owner', signed_date: 'Partner Since',
      province: 'Billing State/Province', city: 'Billing City', industry: 'Industry', tier: 'Partner Tier',
    });
  });

  it('Salesforce opportunity report → opportunities', () => {
    const p = plan(['Opportunity ID', 'Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Close Date', 'Opportunity Owner']);
    expect(p.kind).toBe('opportunities');
    expect(mapped(p)).toMatchObject({ opp_id: 'Opportunity ID', stage: 'Stage', amount: 'Amount', close_date: 'Close Date' });
  });

  it('quota sheet → targets', () => {
    expect(plan(['月份', '业务员', '目标金额']).kind).toBe('targets');
    expect(plan(['季度', '大区', '任务额(万元)']).kind).toBe('targets');
  });

  it('status, gift and line-type columns become row rules, not data', () => {
    const p = plan(['日期', '客户', '价税合计', '单据状态', '是否赠品', '销售类型']);
    expect(p.kind).toBe('orders');
    expect(p.roles).toEqual({ status: 3, gift: 4, type: 5 });
    expect(p.ignored).toEqual([]);
  });

  it('unrelated files are raw', () => {
    expect(plan(['foo', 'bar', 'baz']).kind).toBe('raw');
    expect(plan(['Name', 'Email', 'Phone']).kind).toBe('raw');
    expect(plan(['日期', '温度', '湿度']).kind).toBe('raw');
  });

  it('asks when a required column is missing or only guessed', () => {
    const missing = plan(['日期', '客户名称', '备注', '数量']);
    expect(missing.needsReview).toBe(true);
    const fuzzy = plan(['订单日期', '客户名称', '订单总金额']);
    expect(fuzzy.kind).toBe('orders');
    expect(fuzzy.columns.find((c) => c.column === 'amount')?.how).toBe('fuzzy');
    expect(fuzzy.needsReview).toBe(true);
  });

  it('uses values where headers are ambiguous', () => {
    // "客户" holding codes is the partner id …
    const codes = plan(['日期', '客户', '金额'], [['2024-01-05', 'C0001', '100'], ['2024-01-06', 'C0002', '200']]);
    expect(mapped(codes)).toMatchObject({ partner_id: '客户' });
    // … and a "date" column of non-dates is not the order date.
    const notDates = plan(['Date', 'Account Name', 'Amount', 'Close Date'], [['soon', 'A', '1', '2024-01-05'], ['later', 'B', '2', '2024-01-06']]);
    expect(mapped(notDates).order_date).toBe('Close Date');
  });

  it('raw table names are safe and never canonical', () => {
    expect(rawTableName('销售 数据(1月).csv')).toBe('销售_数据_1月');
    expect(rawTableName('orders.csv')).toBe('raw_orders');
    expect(rawTableName('fact_orders.csv')).toBe('raw_fact_orders');
    expect(rawTableName('2024 report.CSV')).toBe('t_2024_report');
    expect(rawTableName('"; DROP TABLE orders; --.csv')).toBe('DROP_TABLE_orders');
  });
});

describe('the user and the mapping memory decide', () => {
  let runner: SqlRunner;
  beforeAll(async () => { runner = await openNodeDuckDB(); }, 60_000);
  const file = { name: 'kingdee.csv', bytes: utf8(writeCsv([['日期', '客户编码', '金额', '价税合计'], ['2024-01-05', 'P1', '100', '113']], ',')) };

  it('a user mapping overrides recognition', async () => {
    const report = await importFile(runner, file, { mapping: { amount: 2 } });
    expect(report.mapping.find((m) => m.column === 'amount')).toMatchObject({ header: '金额', how: 'user' });
    expect(await createQuery(runner)('SELECT amount FROM orders')).toEqual([{ amount: 100 }]);
  });

  it('a confirmed mapping is remembered for the same header', async () => {
    const memory = memoryStore();
    await importFile(runner, file, { mapping: { amount: 2 }, memory, remember: true });
    const next = await planImport(runner, file, { memory });
    expect(next.mappingFrom).toBe('memory');
    expect(next.mapping.columns.find((c) => c.column === 'amount')?.header).toBe('金额');
    const other = { name: 'x.csv', bytes: utf8('日期,客户编码,价税合计\n2024-01-05,P1,113\n') };
    expect((await planImport(runner, other, { memory })).mappingFrom).toBe('auto');
  });

  it('a file can be loaded as a raw table on request', async () => {
    const report = await importFile(runner, file, { table: 'raw' });
    expect(report).toMatchObject({ kind: 'raw', table: 'kingdee' });
    const rows = await createQuery(runner)('SELECT * FROM kingdee');
    expect(rows).toEqual([{ 日期: '2024-01-05', 客户编码: 'P1', 金额: 100, 价税合计: 113, _source: 'kingdee.csv' }]);
  });
});
