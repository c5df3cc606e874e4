/**
 * The scorecard fixture: 4 salespeople, 6 partners, Q1 2025 (to = 2025-03-31; the 13-week sales
 * window is 2024-12-31..2025-03-31, the 90-day activity window 2025-01-01..03-31).
 *
 *   partner  tier (parent)  region  owner  signed      cert  Q1 2025 orders (qty)                Q1 2024
 *   P1       一级           华东    张三   2023-01-01  金牌  01-10 30000 (13), 02-10 30000,      40000
 *                                                            03-10 20000 → 80000
 *   P2       二级 (P1)      华东    张三   2025-01-15  —     02-01 20000 (day 17: productive)    —
 *   P3       一级           华南    李四   2023-01-01  金牌  01-05 60000 (26), 03-05 60000      150000
 *   P4       二级 (P3)      华南    李四   2024-06-01  —     03-15 30000                         30000
 *   P5       一级           华北    王五   2025-02-01  ''    03-01 10000 (13) (day 28: productive) —
 *   P6       一级           西南    赵六   2023-01-01  —     01-20 25000                         50000
 *
 * Quotas 2025-Q1: 张三 100000 (1 new partner), 李四 100000 (1), 王五 0 (zero target), 赵六 50000.
 * Stock at 03-31 (product A): P1 5, P3 24, P5 1 → weeks of supply 5 / 1 = 5, 24 / 2 = 12, 1 / 1 = 1
 *   (sell-in fallback: 13, 26, 13 units in 13 weeks). P2, P4, P6 hold none.
 * Invoices due in Q1: R1 P1 10000 due 01-31 paid 01-20 (on time); R2 P1 5000 due 03-20 paid 03-26 (6 days late);
 *   R3 P3 10000 due 03-01, 5000 paid → 30 days late at 03-31; R4 P5 10000 due 03-15 paid 03-25 (10 late);
 *   R5 P6 10000 due 03-01, 8000 paid → 30 days late.
 * Surveys (all five dims equal): P1 5, P3 3, P5 4, P6 2. Trainings: P1 9/10 passed, P3 5/10, P6 1/4.
 */
import { loadDetail } from './detail-fixture';

export const SCORECARD_SQL = `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, parent_partner_id VARCHAR, region VARCHAR,
  owner VARCHAR, signed_date DATE, status VARCHAR, certification VARCHAR);
INSERT INTO partners VALUES
 ('P1','一号','一级代理商',NULL,'华东','张三','2023-01-01','合作中','金牌'), ('P2','二号','二级经销商','P1','华东','张三','2025-01-15','合作中',NULL),
 ('P3','三号','一级代理商',NULL,'华南','李四','2023-01-01','合作中','金牌'), ('P4','四号','二级经销商','P3','华南','李四','2024-06-01','合作中',NULL),
 ('P5','五号','一级代理商',NULL,'华北','王五','2025-02-01','合作中',''), ('P6','六号','一级代理商',NULL,'西南','赵六','2023-01-01','合作中',NULL);
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, product VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO orders VALUES
 ('2024-02-10','P1','A',NULL,40000), ('2025-01-10','P1','A',13,30000), ('2025-02-10','P1','A',NULL,30000), ('2025-03-10','P1','A',NULL,20000),
 ('2025-02-01','P2','A',NULL,20000),
 ('2024-03-01','P3','A',NULL,150000), ('2025-01-05','P3','A',26,60000), ('2025-03-05','P3','A',NULL,60000),
 ('2024-02-15','P4','A',NULL,30000), ('2025-03-15','P4','A',NULL,30000),
 ('2025-03-01','P5','A',13,10000),
 ('2024-01-20','P6','A',NULL,50000), ('2025-01-20','P6','A',NULL,25000);
CREATE TABLE targets (period VARCHAR, salesperson VARCHAR, region VARCHAR, target_amount DOUBLE, target_new_partners DOUBLE);
INSERT INTO targets VALUES ('2025-Q1','张三','华东',100000,1), ('2025-Q1','李四','华南',100000,1),
 ('2025-Q1','王五','华北',0,NULL), ('2025-Q1','赵六','西南',50000,NULL);
CREATE TABLE inventory (snapshot_date DATE, partner_id VARCHAR, product VARCHAR, on_hand_qty DOUBLE, on_hand_value DOUBLE);
INSERT INTO inventory VALUES ('2025-03-31','P1','A',5,500), ('2025-03-31','P3','A',24,2400), ('2025-03-31','P5','A',1,100);
CREATE TABLE receivables (invoice_id VARCHAR, partner_id VARCHAR, invoice_date DATE, due_date DATE, amount DOUBLE, paid_amount DOUBLE, paid_date DATE);
INSERT INTO receivables VALUES
 ('R1','P1','2025-01-01','2025-01-31',10000,10000,'2025-01-20'), ('R2','P1','2025-02-20','2025-03-20',5000,5000,'2025-03-26'),
 ('R3','P3','2025-02-01','2025-03-01',10000,5000,'2025-02-20'), ('R4','P5','2025-02-15','2025-03-15',10000,10000,'2025-03-25'),
 ('R5','P6','2025-02-01','2025-03-01',10000,8000,'2025-03-01');
CREATE TABLE surveys (survey_date DATE, partner_id VARCHAR, score_training DOUBLE, score_marketing DOUBLE, score_supply DOUBLE,
  score_price DOUBLE, score_rebate DOUBLE);
INSERT INTO surveys VALUES ('2025-02-01','P1',5,5,5,5,5), ('2025-02-01','P3',3,3,3,3,3), ('2025-02-01','P5',4,4,4,4,4), ('2025-02-01','P6',2,2,2,2,2);
CREATE TABLE trainings (date DATE, partner_id VARCHAR, attendees INTEGER, passed INTEGER);
INSERT INTO trainings VALUES ('2025-02-01','P1',10,9), ('2025-02-01','P3',10,5), ('2025-02-01','P6',4,1)`;

export const loadScorecardFixture = () => loadDetail(SCORECARD_SQL);
