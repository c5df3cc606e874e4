/**
 * Hand-made fixture for the metric tests. Every expected number in the tests is worked out by
 * hand from these rows — change a row and redo the arithmetic there.
 *
 * Partners (owner = salesperson):
 *   P1 华东科技 一级代理商        华东/上海/上海 金融 张三 signed 2023-05-10 合作中
 *   P2 江南软件 二级经销商 (P1)   华东/江苏/南京 制造 张三 signed 2025-02-01 合作中
 *   P3 浙商信息 一级代理商        华东/浙江/杭州 政府 李四 signed 2022-01-01 合作中
 *   P4 岭南数码 一级代理商        华南/广东/广州 零售 王五 signed 2025-03-15 合作中
 *   P5 京华系统 分销商            华北/北京/北京 金融 赵六 signed 2021-06-01 终止
 *   P6 鹏城集成 (no tier, parent P4) 华南/广东/深圳 制造 王五 signed 2024-11-20 (no status)
 *   P7 蓉城网络 分销商            西南/四川/成都 教育 赵六 signed 2025-01-10 合作中 (never orders)
 *   P8 津门软件 分销商            华北/天津/天津 金融 赵六 signed 2025-06-01 合作中
 */
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type QueryFn } from '../../../src/engine/query';
import { buildModel, type ModelInfo } from '../../../src/metrics/model';

export const PARTNERS_SQL = `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, parent_partner_id VARCHAR,
  region VARCHAR, province VARCHAR, city VARCHAR, industry VARCHAR, owner VARCHAR, signed_date DATE, status VARCHAR);
INSERT INTO partners VALUES
 ('P1','华东科技','一级代理商',NULL,'华东','上海','上海','金融','张三','2023-05-10','合作中'),
 ('P2','江南软件','二级经销商','P1','华东','江苏','南京','制造','张三','2025-02-01','合作中'),
 ('P3','浙商信息','一级代理商',NULL,'华东','浙江','杭州','政府','李四','2022-01-01','合作中'),
 ('P4','岭南数码','一级代理商',NULL,'华南','广东','广州','零售','王五','2025-03-15','合作中'),
 ('P5','京华系统','分销商',NULL,'华北','北京','北京','金融','赵六','2021-06-01','终止'),
 ('P6','鹏城集成',NULL,'P4','华南','广东','深圳','制造','王五','2024-11-20',NULL),
 ('P7','蓉城网络','分销商',NULL,'西南','四川','成都','教育','赵六','2025-01-10','合作中'),
 ('P8','津门软件','分销商',NULL,'华北','天津','天津','金融','赵六','2025-06-01','合作中');`;

/**
 * Orders carry their own salesperson/region (no province/city/industry columns: inherited).
 * O06 has salesperson '' and region NULL → inherits 王五/华南 from P6.
 * O10 names its partner only ('江南软件') → P2, inherits 张三/华东.
 * O11 is a return. O12 is dated before P4 signed. O16 carries its own region 华南 (P3 is 华东).
 */
export const ORDERS_SQL = `
CREATE TABLE orders (order_id VARCHAR, order_date DATE, partner_id VARCHAR, partner_name VARCHAR,
  salesperson VARCHAR, region VARCHAR, product VARCHAR, product_line VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES
 ('O01','2024-01-15','P1','华东科技','张三','华东','产品A','软件',100000),
 ('O02','2024-02-20','P3','浙商信息','李四','华东','产品B','服务',50000),
 ('O03','2024-03-10','P5','京华系统','赵六','华北','产品A','软件',80000),
 ('O04','2024-03-25','P1','华东科技','张三','华东','产品B','服务',20000),
 ('O05','2024-06-18','P3','浙商信息','李四','华东','产品A','软件',60000),
 ('O06','2024-11-30','P6','鹏城集成','',NULL,'产品A','软件',30000),
 ('O07','2024-12-31','P5','京华系统','赵六','华北','产品B','服务',40000),
 ('O08','2025-01-01','P3','浙商信息','李四','华东','产品A','软件',70000),
 ('O09','2025-01-20','P1','华东科技','张三','华东','产品A','软件',120000),
 ('O10','2025-02-14',NULL,'江南软件',NULL,NULL,'产品B','服务',25000),
 ('O11','2025-02-28','P5','京华系统','赵六','华北','产品B','服务',-10000),
 ('O12','2025-03-05','P4','岭南数码','王五','华南','产品A','软件',45000),
 ('O13','2025-03-31','P6','鹏城集成','王五','华南','产品B','服务',15000),
 ('O14','2025-06-13','P4','岭南数码','王五','华南','产品A','软件',30000),
 ('O15','2025-05-05','P2','江南软件','张三','华东','产品A','软件',20000),
 ('O16','2025-06-30','P3','浙商信息','李四','华南','产品B','服务',55000),
 ('O17','2025-07-15','P1','华东科技','张三','华东','产品A','软件',90000),
 ('O18','2025-08-31','P8','津门软件','赵六','华北','产品A','软件',35000),
 ('O19','2025-11-11','P1','华东科技','张三','华东','产品B','服务',60000),
 ('O20','2025-12-20','P3','浙商信息','李四','华东','产品A','软件',40000);`;

/**
 * Quotas are per salesperson, so T8 (region-only roll-up) is ignored; T9 does not parse.
 * T4 (李四, no region) → 华东 (李四's only partner P3); T5 (赵六) → 华北 (P5, P8 华北 vs P7 西南).
 */
export const TARGETS_SQL = `
CREATE TABLE targets (period VARCHAR, salesperson VARCHAR, region VARCHAR, target_amount DOUBLE);
INSERT INTO targets VALUES
 ('2025-01','张三','华东',100000),
 ('2025-02','张三','华东',100000),
 ('2025-03','张三','华东',100000),
 ('2025-Q1','李四',NULL,90000),
 ('2025-Q1','赵六',NULL,30000),
 ('2025-02','王五','华南',60000),
 ('2025年3月','王五','华南',60000),
 ('2025-Q1',NULL,'华东',500000),
 ('next year','张三','华东',999);`;

export const RECEIVABLES_SQL = `
CREATE TABLE receivables (invoice_id VARCHAR, partner_id VARCHAR, invoice_date DATE, due_date DATE,
  amount DOUBLE, paid_amount DOUBLE, paid_date DATE);
INSERT INTO receivables VALUES
 ('R1','P1','2024-12-01','2025-01-15',100000,100000,'2025-01-10'),
 ('R2','P3','2025-01-05','2025-02-05',50000,30000,'2025-02-20'),
 ('R3','P4','2025-02-01','2025-03-01',40000,40000,'2025-04-15'),
 ('R4','P2','2025-02-15','2025-03-31',20000,20000,NULL),
 ('R5','P5','2025-03-01','2025-04-01',60000,NULL,NULL),
 ('R6','P6','2024-11-01','2024-12-31',10000,0,NULL),
 ('R7','P1','2025-01-10','2025-03-10',30000,NULL,NULL);`;

/** Run a script of ;-separated statements (no ';' inside the fixture's string literals). */
export async function exec(query: QueryFn, script: string): Promise<void> {
  for (const stmt of script.split(';').map((s) => s.trim()).filter(Boolean)) await query(stmt);
}

export async function openDb(): Promise<QueryFn> {
  return createQuery(await openNodeDuckDB());
}

/** A fresh database with the full fixture loaded and the model built. */
export async function loadFixture(): Promise<{ query: QueryFn; info: ModelInfo }> {
  const query = await openDb();
  for (const script of [PARTNERS_SQL, ORDERS_SQL, TARGETS_SQL, RECEIVABLES_SQL]) await exec(query, script);
  return { query, info: await buildModel(query) };
}
