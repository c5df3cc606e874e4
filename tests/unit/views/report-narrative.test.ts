/** The monthly report's generated sentences, on hand-made numbers, in both languages. */
import { describe, expect, it } from 'vitest';
import {
  belowTargetSentence, collectionSentence, forecastSentence, inventorySentence, moversSentence, partnerChangeSentence,
  regionName, signedAmount, summarySentence, type BelowTargetFacts,
} from '../../../src/views/report/narrative';

describe('summarySentence', () => {
  const base = { month: '2026-10', revenue: 152_000_000, target: 160_000_000, attainment: 0.95, lastYear: 125_000_000, growth: 0.216, ytdAttainment: 0.962 };

  it('states revenue, target, the gap in points, the year-on-year change and year to date', () => {
    expect(summarySentence(base, 'zh-CN')).toBe(
      '2026年10月销售额 ¥1.52亿，完成目标的 95.0%（目标 ¥1.60亿），低于目标 5.0 个百分点；同比增长 21.6%（去年同期 ¥1.25亿）。今年累计完成率 96.2%。',
    );
    expect(summarySentence(base, 'en')).toBe(
      'Oct 2026 revenue was ¥152M, 95.0% of the ¥160M target (5.0 points below); up 21.6% on last year (¥125M). Year to date: 96.2% of target.',
    );
  });

  it('says "above" when over target, "down" when falling, and copes with no target and no base', () => {
    expect(summarySentence({ ...base, attainment: 1.1, growth: -0.05 }, 'zh-CN')).toContain('超出目标 10.0 个百分点；同比下降 5.0%');
    expect(summarySentence({ ...base, attainment: 1, target: 152_000_000 }, 'zh-CN')).not.toContain('个百分点');
    const none = summarySentence({ ...base, target: null, attainment: null, growth: null, ytdAttainment: null }, 'zh-CN');
    expect(none).toBe('2026年10月销售额 ¥1.52亿，本月没有可比的目标；去年同期没有销售额，无法计算同比。');
    expect(summarySentence({ ...base, target: null, attainment: null, growth: null, ytdAttainment: null }, 'en')).toBe(
      'Oct 2026 revenue was ¥152M, with no comparable target; there were no sales in the same month last year.',
    );
  });
});

describe('moversSentence', () => {
  it('names the biggest rise and fall per dimension with amount and growth', () => {
    const text = moversSentence(
      [
        { label: '区域', gainers: [{ name: '华东', change: 23_450_000, growth: 0.182 }], decliners: [{ name: '西北', change: -1_200_000, growth: -0.05 }] },
        { label: '产品', gainers: [{ name: '云平台', change: 5000, growth: null }], decliners: [] },
      ],
      'zh-CN',
    );
    expect(text).toBe('与去年同期相比，区域中增长最多的是华东（+¥2,345.00万，+18.2%），下降最多的是西北（−¥120.00万，−5.0%）；产品中增长最多的是云平台（+¥5,000），没有同比下降的产品。');
    expect(moversSentence([{ label: 'partners', gainers: [], decliners: [{ name: 'Acme', change: -3000, growth: -1 }] }], 'en')).toBe(
      'Against the same month last year: no partners grew, Acme (−¥3.00K, −100.0%) fell most.',
    );
  });

  it('signs amounts with a true minus and leaves zero unsigned', () => {
    expect([signedAmount(12_000, 'zh-CN'), signedAmount(-12_000, 'zh-CN'), signedAmount(0, 'en')]).toEqual(['+¥1.20万', '−¥1.20万', '¥0']);
  });
});

describe('belowTargetSentence', () => {
  const facts: BelowTargetFacts = {
    regions: { total: 7, below: [{ name: '西北', attainment: 0.758, gap: 2_400_000, growth: 0.061 }, { name: '东北', attainment: 0.941, gap: 500_000, growth: 0.2 }] },
    salespeople: { total: 25, below: [{ name: '冯刚', attainment: 0.62, gap: 853_000 }, { name: '韩雪', attainment: 0.7, gap: 900_000 }] },
    driver: { name: '冯刚', attainment: 0.62, gap: 853_000 },
    companyGrowth: 0.213,
  };

  it('gives the worst region, its gap in points, the main reason and the salesperson with the largest gap', () => {
    expect(belowTargetSentence(facts, 'zh-CN')).toBe(
      '本月 7 个区域中有 2 个未达目标。西北区本月完成率 75.8%，低于目标 24.2 个百分点，主要因为冯刚完成率仅 62.0%（缺口 ¥85.30万）；该区同比增长 6.1%，低于全公司的 +21.3%。' +
        '25 名销售中 2 人未达目标，缺口最大的是韩雪（完成率 70.0%，缺口 ¥90.00万）。',
    );
    expect(belowTargetSentence(facts, 'en')).toBe(
      '2 of 7 regions missed their target. 西北 reached 75.8%, 24.2 points short, mainly because 冯刚 reached only 62.0% (a ¥853K gap); the region grew +6.1% against +21.3% for the company. ' +
        "2 of 25 salespeople missed their target; the largest gap is 韩雪's (70.0%, ¥900K short).",
    );
  });

  it('says when everybody met the target, or when there are no regional targets', () => {
    const met: BelowTargetFacts = { regions: { total: 7, below: [] }, salespeople: { total: 25, below: [] }, driver: null, companyGrowth: 0.2 };
    expect(belowTargetSentence(met, 'zh-CN')).toBe('本月 7 个区域均达成目标。25 名销售均达成目标。');
    expect(belowTargetSentence({ ...met, regions: { total: 0, below: [] }, salespeople: { total: 0, below: [] } }, 'en')).toBe('No regional targets are set for this month.');
  });

  it('adds 区 only to bare two-character Chinese region names', () => {
    expect([regionName('西北', 'zh-CN'), regionName('华东大区', 'zh-CN'), regionName('West', 'zh-CN'), regionName('西北', 'en')]).toEqual(['西北区', '华东大区', 'West', '西北']);
  });
});

describe('inventorySentence', () => {
  const th = { under: 2, over: 8 };
  it('counts over- and under-stocked partners with the excess value and the worst case', () => {
    const f = { partners: 112, over: 4, under: 3, overstockValue: 18_660_000, worst: { name: '广州志诚科技', weeks: 28.71, noMovement: false }, thresholds: th };
    expect(inventorySentence(f, 'zh-CN')).toBe('月末有库存的 112 家伙伴中，4 家库存过高（超过 8 周销量），积压金额约 ¥1,866.00万，积压金额最多的是广州志诚科技（28.7 周）；3 家库存不足（少于 2 周），需要及时补货。');
    expect(inventorySentence({ ...f, under: 0, worst: { name: 'X', weeks: null, noMovement: true } }, 'en')).toBe(
      'Of 112 stocking partners at month end, 4 hold too much (over 8 weeks of sales), about ¥18.7M of excess stock, most of it at X (no sales); none is under-stocked.',
    );
  });
  it('says when all is healthy or nothing can be measured', () => {
    expect(inventorySentence({ partners: 5, over: 0, under: 0, overstockValue: 0, worst: null, thresholds: th }, 'zh-CN')).toBe('月末 5 家伙伴的库存均在 2–8 周的健康区间。');
    expect(inventorySentence({ partners: 0, over: 0, under: 0, overstockValue: 0, worst: null, thresholds: th }, 'en')).toContain('No partner');
  });
});

describe('collectionSentence', () => {
  const f = { due: 1_000_000, paid: 860_000, rate: 0.86, outstanding: 5_000_000, overdue: 1_550_000, overdueShare: 0.31, over90: 400_000, worst: { name: '周涛', overdue: 900_000, share: 0.39 } };
  it('states the rate, the overdue amount and share, over 90 days, and who is most overdue', () => {
    expect(collectionSentence(f, 'zh-CN')).toBe(
      '本月到期应收 ¥100.00万，已回款 ¥86.00万，回款率 86.0%。月末逾期应收 ¥155.00万，占全部应收的 31.0%，其中逾期 90 天以上 ¥40.00万；逾期最多的是周涛（¥90.00万，占其应收 39.0%）。',
    );
    expect(collectionSentence(f, 'en')).toBe(
      '¥1.00M fell due this month and ¥860K was collected: 86.0%. At month end ¥1.55M is overdue, 31.0% of receivables, ¥400K of it over 90 days; the most overdue is 周涛 (¥900K, 39.0% of their receivables).',
    );
  });
  it('copes with nothing due and nothing overdue', () => {
    expect(collectionSentence({ ...f, rate: null, overdue: 0, worst: null }, 'zh-CN')).toBe('本月没有到期应收；月末没有逾期应收。');
  });
});

describe('partnerChangeSentence', () => {
  it('counts new, newly lost, all lost and once-off partners', () => {
    const f = { newCount: 9, newOrdered: 3, lostCount: 4, lostTotal: 83, lostTop: '武汉蓝海', onceOff: 30, quietDays: 180 };
    expect(partnerChangeSentence(f, 'zh-CN')).toBe(
      '本月新签 9 家伙伴，其中 3 家已出单；4 家伙伴已超过 180 天未下单（视为流失），其中贡献最大的是武汉蓝海；截至月末累计 83 家伙伴超过 180 天未下单。另有 30 家一次性合作伙伴（近 12 个月只在 30 天内下过单），建议回访或淘汰。',
    );
    expect(partnerChangeSentence({ ...f, newCount: 0, lostCount: 0, onceOff: 0 }, 'en')).toBe(
      'No partner signed this month; no partner was newly lost; 83 partners in all have not ordered for 180 days. There are no once-off partners.',
    );
  });
});

describe('forecastSentence', () => {
  const f = {
    month: '2026-11', forecast: 205_000_000, method: 'seasonal-trend' as const, wmape: 0.042, lastYear: 171_000_000, target: null, quota: 205_000_000,
    split: [{ name: '华东', quota: 65_000_000, share: 0.317 }, { name: '华南', quota: 50_000_000, share: 0.244 }, { name: '华北', quota: 40_000_000, share: 0.195 }, { name: '西北', quota: 5_000_000, share: 0.024 }],
  };
  it('gives the forecast, its method and error, the change on last year and the suggested split', () => {
    expect(forecastSentence(f, 'zh-CN')).toBe(
      '预计2026年11月销售额约 ¥2.05亿（季节趋势法；近 6 个月回测误差 WMAPE 4.2%），较去年同期增长 19.9%。按预测占比拆分建议目标 ¥2.05亿：华东 ¥6,500.00万（31.7%）、华南 ¥5,000.00万（24.4%）、华北 ¥4,000.00万（19.5%）等。',
    );
    expect(forecastSentence({ ...f, target: 200_000_000, split: [] }, 'en')).toBe(
      'Nov 2026 is forecast at about ¥205M (seasonal trend; 6-month backtest WMAPE 4.2%), up 19.9% on last year; against a ¥200M target that is 102.5%.',
    );
  });
  it('says when there is nothing to forecast from', () => {
    expect(forecastSentence({ ...f, forecast: null }, 'zh-CN')).toBe('历史数据不足，无法预测2026年11月的销售额。');
  });
});
