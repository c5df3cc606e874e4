/** buildDetailModel: the other canonical tables, enriched with partner dims, next to buildModel's. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { DETAIL_TABLES } from '../../../src/metrics/columns';
import { buildModel } from '../../../src/metrics/model';
import { buildDetailModel, type DetailModelInfo } from '../../../src/metrics/model-detail';
import { exec, loadFixture, openDb } from './fixture';

let query: QueryFn;
let detail: DetailModelInfo;
beforeAll(async () => {
  query = await openDb();
  await exec(query, `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR, owner VARCHAR, certification VARCHAR, signed_date DATE);
INSERT INTO partners VALUES ('A','甲','华东','张三','金牌','2020-01-01'), ('B','乙','华南','李四','Silver','2020-01-01'),
 ('C','丙','华南','李四','认证','2020-01-01'), ('D','丁','华北','王五','钻石','2020-01-01'), ('E','戊','华北','王五','无','2020-01-01'),
 ('F','己','华北','王五',NULL,'2020-01-01'), ('F','己','华北','王五','银牌','2019-01-01');
CREATE TABLE orders (order_date DATE, partner_name VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO orders VALUES ('2025-01-05','甲',3,300), ('2025-01-06','不认识',1,100), (NULL,'甲',1,1);
CREATE TABLE opportunities (opp_id VARCHAR, partner_id VARCHAR, salesperson VARCHAR, stage VARCHAR, amount DOUBLE, status VARCHAR);
INSERT INTO opportunities VALUES ('1','A',NULL,'商务谈判',1,'Won'), ('2','A','赵六','赢单',1,NULL), ('3','B',NULL,'方案报价',1,'closed lost'),
 ('4','B',NULL,'丢单',1,NULL), ('5','C',NULL,'线索',1,'open'), ('6',NULL,NULL,'线索',1,NULL);
CREATE TABLE surveys (survey_date DATE, partner_id VARCHAR, score_price DOUBLE, score_rebate DOUBLE, score_overall DOUBLE);
INSERT INTO surveys VALUES ('2025-01-01','A',2,4,5), ('2025-01-02','B',NULL,NULL,3.5);
CREATE TABLE expenses (date DATE, salesperson VARCHAR, region VARCHAR, amount DOUBLE);
INSERT INTO expenses VALUES ('2025-01-01','李四',NULL,10), ('2025-01-01','李四','西南',20), ('2025-01-01',NULL,NULL,30)`);
  await buildModel(query);
  detail = await buildDetailModel(query);
});

describe('buildDetailModel', () => {
  it('creates every detail table, empty when its source is missing', () => {
    expect(Object.keys(detail.tables)).toEqual([...DETAIL_TABLES]);
    expect(detail.tables.fact_sellout.rows).toBe(0);
    expect(detail.tables.fact_inventory.rows).toBe(0);
    expect(detail.tables.fact_order_lines.rows).toBe(2); // the dateless order is dropped, as in fact_orders
    expect(detail.tables.fact_opportunities.columns).toEqual(expect.arrayContaining(['outcome', 'region', 'salesperson']));
  });

  it('resolves order lines by unique name and keeps quantities', async () => {
    expect(await query('SELECT partner_id, quantity, region, salesperson FROM fact_order_lines ORDER BY order_date')).toEqual([
      { partner_id: 'A', quantity: 3, region: '华东', salesperson: '张三' },
      { partner_id: null, quantity: 1, region: null, salesperson: null },
    ]);
  });

  it('labels opportunity outcomes from status, else stage; salesperson from the opportunity, else the owner', async () => {
    const rows = await query('SELECT opp_id, outcome, salesperson, region FROM fact_opportunities ORDER BY opp_id');
    expect(rows.map((r) => [r.opp_id, r.outcome, r.salesperson, r.region])).toEqual([
      ['1', 'won', '张三', '华东'], ['2', 'won', '赵六', '华东'], ['3', 'lost', '李四', '华南'],
      ['4', 'lost', '李四', '华南'], ['5', 'open', '李四', '华南'], ['6', 'open', null, null],
    ]);
  });

  it('scores a survey by its dimensions, else its overall score', async () => {
    const rows = await query('SELECT partner_id, score FROM fact_surveys ORDER BY partner_id');
    expect(rows).toEqual([{ partner_id: 'A', score: 3 }, { partner_id: 'B', score: 3.5 }]);
  });

  it('gives region-less expenses their rep’s main region', async () => {
    const rows = await query('SELECT amount, region FROM fact_expenses ORDER BY amount');
    expect(rows).toEqual([{ amount: 10, region: '华南' }, { amount: 20, region: '西南' }, { amount: 30, region: null }]);
  });

  it('maps certifications to levels, keeping the latest row of a duplicated partner', async () => {
    const rows = await query('SELECT partner_id, certification_level FROM dim_partner_certifications ORDER BY partner_id');
    expect(rows.map((r) => [r.partner_id, r.certification_level])).toEqual([['A', 3], ['B', 2], ['C', 1], ['D', 1], ['E', 0], ['F', 0]]);
  });

  it('needs buildModel first and leaves buildModel’s tables alone', async () => {
    const fresh = await openDb();
    await expect(buildDetailModel(fresh)).rejects.toThrow(/buildModel/);
    const { query: q, info } = await loadFixture();
    const d = await buildDetailModel(q);
    expect(d.tables.dim_partner_certifications.rows).toBe(0); // no certification column
    expect(d.tables.fact_order_lines.rows).toBe(info.tables.fact_orders.rows);
    expect((await q('SELECT count(*) AS n FROM fact_orders'))[0].n).toBe(20);
  });
});
