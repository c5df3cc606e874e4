/**
 * China's provincial divisions: the short name ChannelLens stores (广西, 上海, 内蒙古), the spellings
 * exports use for them, and the sales region each falls in by default. The region map is a
 * setting: importFile accepts an override (a company may put 山东 in 华北).
 */

export const REGIONS = ['华北', '东北', '华东', '华中', '华南', '西南', '西北'] as const;
export type Region = (typeof REGIONS)[number];

interface Province { short: string; full: string; region: Region; en: string[] }

const P = (short: string, full: string, region: Region, ...en: string[]): Province => ({ short, full, region, en });

export const PROVINCES: readonly Province[] = [
  P('北京', '北京市', '华北', 'beijing'), P('天津', '天津市', '华北', 'tianjin'),
  P('河北', '河北省', '华北', 'hebei'), P('山西', '山西省', '华北', 'shanxi'),
  P('内蒙古', '内蒙古自治区', '华北', 'inner mongolia', 'neimenggu', 'nei mongol'),
  P('辽宁', '辽宁省', '东北', 'liaoning'), P('吉林', '吉林省', '东北', 'jilin'),
  P('黑龙江', '黑龙江省', '东北', 'heilongjiang'),
  P('上海', '上海市', '华东', 'shanghai'), P('江苏', '江苏省', '华东', 'jiangsu'),
  P('浙江', '浙江省', '华东', 'zhejiang'), P('安徽', '安徽省', '华东', 'anhui'),
  P('福建', '福建省', '华东', 'fujian'), P('江西', '江西省', '华东', 'jiangxi'),
  P('山东', '山东省', '华东', 'shandong'), P('台湾', '台湾省', '华东', 'taiwan'),
  P('河南', '河南省', '华中', 'henan'), P('湖北', '湖北省', '华中', 'hubei'), P('湖南', '湖南省', '华中', 'hunan'),
  P('广东', '广东省', '华南', 'guangdong'), P('广西', '广西壮族自治区', '华南', 'guangxi'),
  P('海南', '海南省', '华南', 'hainan'), P('香港', '香港特别行政区', '华南', 'hong kong', 'hongkong'),
  P('澳门', '澳门特别行政区', '华南', 'macau', 'macao'),
  P('重庆', '重庆市', '西南', 'chongqing'), P('四川', '四川省', '西南', 'sichuan'),
  P('贵州', '贵州省', '西南', 'guizhou'), P('云南', '云南省', '西南', 'yunnan'),
  P('西藏', '西藏自治区', '西南', 'tibet', 'xizang'),
  // Shaanxi (陕西) and Shanxi (山西) differ by one vowel in pinyin; both spellings are kept apart.
  P('陕西', '陕西省', '西北', 'shaanxi'), P('甘肃', '甘肃省', '西北', 'gansu'),
  P('青海', '青海省', '西北', 'qinghai'), P('宁夏', '宁夏回族自治区', '西北', 'ningxia'),
  P('新疆', '新疆维吾尔自治区', '西北', 'xinjiang'),
];

/** The comparison key of a province spelling: no spaces, lower case, full-width folded. */
export function placeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

let aliases: Map<string, string> | null = null;

/** Every known spelling (key) → short name: 广西壮族自治区, 广西省, 广西, guangxi → 广西. */
function provinceAliases(): Map<string, string> {
  if (aliases) return aliases;
  aliases = new Map();
  for (const p of PROVINCES) {
    const spellings = [p.short, p.full, `${p.short}省`, `${p.short}市`, `${p.short}自治区`, ...p.en, ...p.en.map((e) => `${e} province`)];
    for (const s of spellings) aliases.set(placeKey(s), p.short);
  }
  return aliases;
}

/** The short name of a province spelling (`广西壮族自治区`, `Guangdong Province` → 广西, 广东); undefined when unknown. */
export function provinceOf(text: string): string | undefined {
  return provinceAliases().get(placeKey(text));
}

/** A lookup of province → region by a region map (keys compared as placeKey). */
export function regionLookup(regionMap: Record<string, string>): (province: string) => string | undefined {
  const byKey = new Map(Object.entries(regionMap).map(([p, r]): [string, string] => [placeKey(p), r]));
  return (province) => byKey.get(placeKey(province));
}

/** Default province (short name) → region. */
export function defaultRegionMap(): Record<string, string> {
  return Object.fromEntries(PROVINCES.map((p) => [p.short, p.region]));
}
