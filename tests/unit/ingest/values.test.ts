/** The value builders of src/ingest/values.ts, run in real DuckDB-WASM over literal text cells. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type QueryFn } from '../../../src/engine/query';
import {
  booleanSql, dateInRangeSql, dateSql, integerSql, numberSql, periodSql, textSql,
  type ValueOptions,
} from '../../../src/ingest/values';
import { defaultRegionMap, provinceOf, regionLookup } from '../../../src/ingest/places';

let query: QueryFn;
beforeAll(async () => { query = createQuery(await openNodeDuckDB()); }, 60_000);

/** Each input as a row of a VALUES list, mapped through `build` (and `wrap`), in input order. */
async function values(build: (ref: string) => string, inputs: (string | null)[], wrap = (e: string) => e): Promise<unknown[]> {
  const list = inputs.map((s, i) => `(${i}, ${s === null ? 'NULL' : `'${s.replaceAll("'", "''")}'`})`).join(', ');
  const rows = await query(`SELECT ${wrap(build('x'))} AS v FROM (VALUES ${list}) AS t(i, x) ORDER BY i`);
  return rows.map((r) => r.v);
}

describe('numberSql', () => {
  it('reads separators, currency marks, percentages, parentheses and full-width digits', async () => {
    const got = await values((r) => numberSql(r), [
      '1234.5', '1,234.50', '¥1,234.50', '￥ 1,234', '$12.5', 'RMB 1,000', '1000元', '12%', '(1,234.00)', '-1,234',
      '1,234-', '１２３', '１，２３４．５', '  42  ', '', null, 'abc', '1.2.3', 'inf', 'NaN', '12 34', '1,,2', '−5',
    ]);
    expect(got).toEqual([
      1234.5, 1234.5, 1234.5, 1234, 12.5, 1000, 1000, 0.12, -1234, -1234,
      -1234, 123, 1234.5, 42, null, null, null, null, null, null, 1234, null, -5,
    ]);
  });

  it('scales by the header unit and reads decimal commas when told', async () => {
    expect(await values((r) => numberSql(r, { scale: 10000 }), ['1.5', '2', '(0.5)'])).toEqual([15000, 20000, -5000]);
    expect(await values((r) => numberSql(r, { decimalComma: true }), ['1.234,56', '12,5', '7'])).toEqual([1234.56, 12.5, 7]);
  });

  it('keeps integers whole', async () => {
    expect(await values((r) => integerSql(r), ['12', '12.0', '12.5', '1,000'])).toEqual([12, 12, null, 1000]);
  });
});

describe('dateSql', () => {
  const d = (opts: ValueOptions = {}) => (r: string) => dateSql(r, opts);
  it('reads every common form', async () => {
    const got = await values(d(), [
      '2024-01-05', '2024-1-5', '2024/1/5', '2024.1.5', '2024年1月5日', '20240105', '1/5/2024', '01/05/2024',
      '45296', '45296.5', '2024-01-05 10:30:00', '2024-01-05T10:30:00Z', '2024/1/5 9:05', '5-Jan-2024', 'Jan 5, 2024',
      '２０２４－０１－０５', '', null, 'soon', '2024-02-30', '13/13/2024',
    ], dateInRangeSql);
    const jan5 = '2024-01-05';
    expect(got).toEqual([
      jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5, jan5,
      null, null, null, null, null,
    ]);
  });

  it('reads year-last dates day first when told', async () => {
    expect(await values(d({ dayFirst: true }), ['5/1/2024', '25/12/2023', '5.1.2024'])).toEqual(['2024-01-05', '2023-12-25', '2024-01-05']);
  });

  it('drops years outside 1900–2199', async () => {
    expect(await values(d(), ['0024-01-05', '2024-01-05'], dateInRangeSql)).toEqual([null, '2024-01-05']);
  });
});

describe('periodSql', () => {
  it('normalises months, quarters, halves and years', async () => {
    const got = await values((r) => periodSql(r), [
      '2024-03', '2024/3', '2024.03', '2024年3月', '202403', '2024-03-01', '2024年3月1日', '2024-Q1', '2024Q2', '2024 Q3',
      'Q4 2024', '2024年第一季度', '2024年第2季度', '2024年四季度', '2024-H1', '2024上半年', '2024', '2024年', '', '2024-13', 'later',
    ]);
    expect(got).toEqual([
      '2024-03', '2024-03', '2024-03', '2024-03', '2024-03', '2024-03', '2024-03', '2024-Q1', '2024-Q2', '2024-Q3',
      '2024-Q4', '2024-Q1', '2024-Q2', '2024-Q4', '2024-H1', '2024-H1', '2024', '2024', null, null, null,
    ]);
  });
});

describe('text, boolean, province and region', () => {
  it('keeps leading zeros and unwraps Excel ="…" cells', async () => {
    expect(await values(textSql, ['00123', ' a b ', '="00042"', '="  007 "', '="  "', '', '   ', null])).toEqual(['00123', 'a b', '00042', '007', null, null, null, null]);
    // Full-width and no-break spaces are blanks too; a blank inside the text stays.
    expect(await values(textSql, ['\u3000华东科技\u3000', '\u00a0P001\u00a0', '华东 科技', '=1', 'a=', ' ="x" '])).toEqual(['华东科技', 'P001', '华东 科技', '=1', 'a=', 'x']);
  });

  it('reads yes/no words', async () => {
    expect(await values(booleanSql, ['是', '否', 'Yes', 'n', 'TRUE', '0', 'maybe'])).toEqual([true, false, true, false, true, false, null]);
  });

  it('normalises province names and keeps 陕西 and 山西 apart', () => {
    const got = [
      '广西壮族自治区', '上海市', '内蒙古自治区', '陕西省', '山西', 'Shaanxi', 'Shanxi', '新疆维吾尔自治区', '香港特别行政区',
      'Guangdong Province', '  浙江 ', '火星', '',
    ].map(provinceOf);
    expect(got).toEqual(['广西', '上海', '内蒙古', '陕西', '山西', '陕西', '山西', '新疆', '香港', '广东', '浙江', undefined, undefined]);
  });

  it('derives regions from provinces, with an editable map', () => {
    const map = defaultRegionMap();
    expect(['广西', '陕西', '山西', '黑龙江', '火星'].map(regionLookup(map))).toEqual(['华南', '西北', '华北', '东北', undefined]);
    expect(regionLookup({ ...map, 山东: '华北' })('山东')).toBe('华北');
  });
});
