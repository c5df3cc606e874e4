/**
 * Chinese company names: partners (city + 字号 + business + 有限公司) and a pool of end customers
 * per city and industry (factories, banks, government bureaus, schools, hospitals, …).
 * Names are unique across the whole dataset so a name can stand in for an id.
 */
import { allCities } from './geo.mjs';
import { INDUSTRIES } from './catalog.mjs';

/** 字号: the distinctive two-character part of a Chinese company name. */
const TRADE_NAMES = [
  '云启', '华信', '博远', '中科', '天成', '恒通', '金桥', '联创', '汇智', '鼎盛', '致远', '德诚', '新锐', '卓越',
  '正和', '盛华', '瑞达', '宏图', '海纳', '智联', '同创', '佳和', '远景', '普华', '明德', '志诚', '华达', '思源',
  '睿思', '星河', '天行', '弘毅', '泰和', '万维', '纵横', '安信', '启明', '君诚', '长城', '东软', '融通', '创维',
  '信达', '中天', '广联', '易通', '蓝海', '凯旋', '金穗', '华创', '数联', '云帆', '时代', '博大', '润泽', '协和',
  '永信', '聚力', '宇航', '腾跃', '优立', '汇通', '捷讯', '方正', '世纪', '国信', '锐思', '科发', '华夏', '明珠',
];

const PARTNER_BUSINESS = ['信息技术', '科技', '软件', '网络科技', '数字科技', '系统集成', '智能科技', '计算机', '数据科技', '信息系统'];
const RESELLER_BUSINESS = ['电脑', '数码科技', '商贸', '信息技术', '办公设备', '网络工程', '电子科技'];

/** End-customer name templates per industry; `c` = city, `t` = trade name. */
const CUSTOMER_TEMPLATES = {
  制造业: [(c, t) => `${c}${t}机械有限公司`, (c, t) => `${c}${t}精密制造有限公司`, (c, t) => `${c}${t}汽车零部件有限公司`,
    (c, t) => `${c}${t}新材料股份有限公司`, (c, t) => `${c}${t}化工有限公司`, (c, t) => `${c}${t}食品有限公司`, (c, t) => `${c}${t}电器有限公司`],
  金融: [(c) => `${c}农村商业银行`, (c, t) => `${t}证券股份有限公司${c}分公司`, (c, t) => `${c}${t}融资租赁有限公司`,
    (c, t) => `${t}财产保险${c}中心支公司`, (c, t) => `${c}${t}小额贷款有限公司`, (c) => `${c}银行`],
  政府公共事业: [(c) => `${c}市政务服务中心`, (c) => `${c}市大数据中心`, (c) => `${c}市住房公积金管理中心`, (c) => `${c}水务集团有限公司`,
    (c) => `${c}公交集团有限公司`, (c) => `${c}市人力资源和社会保障局`, (c) => `${c}市医疗保障局`],
  教育: [(c) => `${c}职业技术学院`, (c) => `${c}市第一中学`, (c) => `${c}理工学院`, (c) => `${c}市教育局`, (c) => `${c}师范学院`,
    (c, t) => `${c}${t}教育科技有限公司`],
  医疗: [(c) => `${c}市人民医院`, (c) => `${c}市中医院`, (c) => `${c}市第一人民医院`, (c) => `${c}市妇幼保健院`,
    (c, t) => `${c}${t}医药有限公司`, (c, t) => `${c}${t}医疗器械有限公司`],
  零售: [(c, t) => `${c}${t}商贸有限公司`, (c, t) => `${c}${t}连锁超市有限公司`, (c, t) => `${c}${t}百货有限公司`,
    (c, t) => `${c}${t}电子商务有限公司`, (c, t) => `${c}${t}餐饮管理有限公司`],
  能源: [(c, t) => `${c}${t}能源有限公司`, (c) => `国网${c}供电公司`, (c) => `${c}燃气集团有限公司`,
    (c, t) => `${c}${t}新能源科技有限公司`, (c, t) => `${c}${t}光伏科技有限公司`],
  互联网: [(c, t) => `${c}${t}网络科技有限公司`, (c, t) => `${c}${t}信息科技有限公司`, (c, t) => `${c}${t}互动娱乐有限公司`,
    (c, t) => `${c}${t}云计算有限公司`],
};

/** Hands out unique names; a collision just draws again. */
export class NameRegistry {
  constructor() {
    this.used = new Set();
  }

  /** Draw with `make()` until the name is new (gives up with a numbered fallback). */
  unique(make) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    const base = make();
    let n = 2;
    while (this.used.has(`${base}（${n}）`)) n++;
    this.used.add(`${base}（${n}）`);
    return `${base}（${n}）`;
  }
}

/** A partner name such as 杭州云启信息技术有限公司; second-tier resellers sound smaller. */
export function partnerName(rng, registry, city, tier) {
  const business = tier === '二级经销商' ? RESELLER_BUSINESS : PARTNER_BUSINESS;
  const suffix = tier === '二级经销商' || rng.chance(0.88) ? '有限公司' : '股份有限公司';
  return registry.unique(() => `${city}${rng.pick(TRADE_NAMES)}${rng.pick(business)}${suffix}`);
}

/**
 * End customers: for each city and industry a handful of unique names. Returns
 * `byCityIndustry` (key `city|industry` → names) and `byCity` (city → names of any industry).
 */
export function buildCustomerPool(rng, registry) {
  const byCityIndustry = new Map();
  const byCity = new Map();
  for (const { city } of allCities()) {
    const cityNames = [];
    for (const industry of INDUSTRIES) {
      const templates = CUSTOMER_TEMPLATES[industry];
      const names = [];
      for (let i = 0; i < 8; i++) {
        const make = () => rng.pick(templates)(city, rng.pick(TRADE_NAMES));
        const name = registry.unique(make);
        if (!name.includes('（')) names.push(name); // skip numbered fallbacks: they read as fake
      }
      byCityIndustry.set(`${city}|${industry}`, names);
      cityNames.push(...names);
    }
    byCity.set(city, cityNames);
  }
  return { byCityIndustry, byCity };
}
