/**
 * What the vendor sells and to whom: partner tiers, end-customer industries and the product
 * catalogue. The numbers are tuned so a typical order lands between ¥5k and ¥500k and the big
 * first-tier partners (核心代理商, 分销商) carry most of the revenue.
 */

export const INDUSTRIES = ['制造业', '金融', '政府公共事业', '教育', '医疗', '零售', '能源', '互联网'];
export const INDUSTRY_WEIGHTS = [0.25, 0.1, 0.15, 0.1, 0.1, 0.12, 0.08, 0.1];

/**
 * Partner tiers. `count` is the partner population; `freq` the relative order frequency,
 * `spread` how unequal partners of the tier are (second-tier resellers: a few busy, many dormant),
 * `size` the deal-size multiplier, `discount` the channel price as a share of list price,
 * `termsDays` the payment terms (distributors get the longest credit).
 */
export const TIERS = {
  核心代理商: { count: 60, freq: 5, size: 1.5, discount: 0.62, termsDays: 60, cert: [['金牌', 0.6], ['银牌', 0.35], ['认证', 0.05]] },
  分销商: { count: 40, freq: 7, size: 2.1, discount: 0.55, termsDays: 90, cert: [['金牌', 0.7], ['银牌', 0.3]] },
  '集成商/ISV': { count: 300, freq: 1, size: 0.6, discount: 0.72, termsDays: 30, cert: [['银牌', 0.2], ['认证', 0.5], [null, 0.3]] },
  OEM: { count: 20, freq: 2, size: 1.2, discount: 0.5, termsDays: 60, cert: [['银牌', 0.4], ['认证', 0.4], [null, 0.2]] },
  二级经销商: { count: 780, freq: 0.2, spread: 1.1, size: 0.45, discount: 0.8, termsDays: 30, cert: [['认证', 0.3], [null, 0.7]] },
};
export const TIER_NAMES = Object.keys(TIERS);

/** First-tier partners that hold stock and report sell-out and inventory. */
export const STOCKING_TIERS = new Set(['核心代理商', '分销商']);

/**
 * The catalogue. `list` is the list price per unit (套 / 用户 / 台 / 人天), `baseQty` the quantity
 * of a small deal. `stock` says whether partners can hold it in inventory (services cannot).
 */
export const PRODUCTS = [
  { name: '财务云', line: '云服务', list: 9800, baseQty: 2, stock: true },
  { name: 'ERP 企业版', line: '软件许可', list: 68000, baseQty: 1, stock: true },
  { name: 'HR SaaS', line: '云服务', list: 4800, baseQty: 3, stock: true },
  { name: '协同办公', line: '云服务', list: 360, baseQty: 40, stock: true },
  { name: '数据中台', line: '软件许可', list: 180000, baseQty: 1, stock: true },
  { name: '供应链云', line: '云服务', list: 15800, baseQty: 1, stock: true },
  { name: '安全网关', line: '硬件', list: 26000, baseQty: 1, stock: true },
  { name: 'BI 分析', line: '软件许可', list: 22000, baseQty: 1, stock: true },
  { name: '低代码平台', line: '软件许可', list: 45000, baseQty: 1, stock: true },
  { name: '实施服务', line: '实施服务', list: 1800, baseQty: 10, stock: false },
];

/** Product mix per tier (same order as PRODUCTS): distributors move boxes, ISVs sell projects. */
export const PRODUCT_MIX = {
  核心代理商: [14, 14, 10, 12, 4, 8, 8, 10, 7, 12],
  分销商: [15, 12, 12, 14, 2, 8, 18, 10, 6, 3],
  '集成商/ISV': [8, 8, 6, 8, 6, 6, 6, 14, 14, 24],
  OEM: [6, 10, 4, 8, 5, 6, 30, 12, 15, 4],
  二级经销商: [20, 5, 18, 26, 0.5, 6, 10, 10, 3, 2],
};

export const TRAINING_TYPES = ['产品培训', '技术认证', '销售技巧', '实施交付'];
export const ACTIVITY_TYPES = ['路演', '研讨会', '短训班', '促销'];
export const OPP_STAGES_OPEN = ['线索', '需求确认', '方案报价', '商务谈判'];
export const EXPENSE_CATEGORIES = ['差旅', '业务', '市场'];
