/**
 * Geography and sales force. Province names are the short normalised forms the app's filters
 * use (广东, not 广东省); cities are real prefecture-level cities, capital first.
 * Weights are rough economic size: the channel business lives mostly in 华东, 华南 and 华北.
 */

export const REGIONS = [
  {
    name: '华北', weight: 0.18, reps: ['张伟', '王芳', '李强', '刘洋'],
    provinces: [
      ['北京', 0.45, ['北京']],
      ['天津', 0.14, ['天津']],
      ['河北', 0.2, ['石家庄', '唐山', '保定', '廊坊']],
      ['山西', 0.11, ['太原', '大同', '长治']],
      ['内蒙古', 0.1, ['呼和浩特', '包头', '鄂尔多斯']],
    ],
  },
  {
    name: '东北', weight: 0.06, reps: ['陈静', '赵磊'],
    provinces: [
      ['辽宁', 0.48, ['沈阳', '大连', '鞍山']],
      ['吉林', 0.24, ['长春', '吉林', '四平']],
      ['黑龙江', 0.28, ['哈尔滨', '大庆', '齐齐哈尔']],
    ],
  },
  {
    name: '华东', weight: 0.32, reps: ['黄敏', '周涛', '吴昊', '徐丽', '孙浩', '朱琳'],
    provinces: [
      ['上海', 0.18, ['上海']],
      ['江苏', 0.22, ['南京', '苏州', '无锡', '常州']],
      ['浙江', 0.2, ['杭州', '宁波', '温州', '绍兴']],
      ['安徽', 0.08, ['合肥', '芜湖', '蚌埠']],
      ['福建', 0.1, ['福州', '厦门', '泉州']],
      ['江西', 0.07, ['南昌', '赣州', '九江']],
      ['山东', 0.15, ['济南', '青岛', '烟台', '潍坊']],
    ],
  },
  {
    name: '华中', weight: 0.1, reps: ['胡斌', '郭敏', '何雪'],
    provinces: [
      ['河南', 0.36, ['郑州', '洛阳', '新乡']],
      ['湖北', 0.36, ['武汉', '宜昌', '襄阳']],
      ['湖南', 0.28, ['长沙', '株洲', '岳阳']],
    ],
  },
  {
    name: '华南', weight: 0.18, reps: ['林峰', '高翔', '罗婷', '郑凯'],
    provinces: [
      ['广东', 0.8, ['广州', '深圳', '东莞', '佛山']],
      ['广西', 0.14, ['南宁', '柳州', '桂林']],
      ['海南', 0.06, ['海口', '三亚']],
    ],
  },
  {
    name: '西南', weight: 0.1, reps: ['梁宇', '宋佳', '唐亮'],
    provinces: [
      ['重庆', 0.3, ['重庆']],
      ['四川', 0.42, ['成都', '绵阳', '宜宾']],
      ['贵州', 0.12, ['贵阳', '遵义']],
      ['云南', 0.16, ['昆明', '曲靖', '大理']],
    ],
  },
  {
    name: '西北', weight: 0.06, reps: ['韩雪', '冯刚', '曹阳'],
    provinces: [
      ['陕西', 0.5, ['西安', '宝鸡', '咸阳']],
      ['甘肃', 0.16, ['兰州', '天水']],
      ['青海', 0.08, ['西宁', '海东']],
      ['宁夏', 0.1, ['银川', '石嘴山']],
      ['新疆', 0.16, ['乌鲁木齐', '克拉玛依']],
    ],
  },
];

/** Capital cities carry most of the business; later cities in the list less. */
const CITY_WEIGHTS = [0.5, 0.25, 0.15, 0.1];
export const cityWeights = (cities) => cities.map((_, i) => CITY_WEIGHTS[i]);

/** Flat list of every city with its province and region (used for name pools). */
export function allCities() {
  const out = [];
  for (const region of REGIONS) {
    for (const [province, , cities] of region.provinces) {
      for (const city of cities) out.push({ region: region.name, province, city });
    }
  }
  return out;
}

/** Draw a province and a city of `region`, by economic weight. */
export function drawLocation(rng, region) {
  const provinces = region.provinces;
  const [province, , cities] = rng.weighted(provinces, provinces.map((p) => p[1]));
  const city = rng.weighted(cities, cityWeights(cities));
  return { province, city };
}

/** The ~25 channel sales reps, each with one region. */
export function buildSalespeople() {
  const reps = [];
  for (const region of REGIONS) {
    for (const name of region.reps) reps.push({ index: reps.length, name, region: region.name });
  }
  return reps;
}
