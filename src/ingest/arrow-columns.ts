/**
 * Decoded Parquet columns as Arrow vectors, built from their buffers directly. (Arrow's builders
 * compile their null check with `new Function`, which the page's Content-Security-Policy forbids.)
 */
import { DateDay, Dictionary, Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

export type Cell = string | null;

const encoder = new TextEncoder();

/**
 * Text cells as an Arrow vector: dictionary-encoded when few values repeat (region, product,
 * partner…), so DuckDB checks and copies each distinct string once per slice instead of per row.
 */
export function textVector(values: Cell[]): Vector {
  const n = values.length;
  const codes = new Map<string, number>();
  const indices = new Int32Array(n);
  const valid = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) { nullCount++; continue; }
    valid[i >> 3] |= 1 << (i & 7);
    let code = codes.get(v);
    if (code === undefined) {
      if (codes.size >= n / 4) return utf8Vector(values);
      code = codes.size;
      codes.set(v, code);
    }
    indices[i] = code;
  }
  const dictionary = utf8Vector([...codes.keys()]);
  return makeVector(makeData({
    type: new Dictionary(new Utf8(), new Int32()), length: n, nullCount, nullBitmap: nullCount > 0 ? valid : null, data: indices, dictionary,
  }));
}

/** Text cells as an Arrow Utf8 vector. */
export function utf8Vector(values: Cell[]): Vector {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const valid = new Uint8Array((n + 7) >> 3);
  let bytes = new Uint8Array(Math.max(1024, n * 16));
  let end = 0;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) nullCount++;
    else {
      valid[i >> 3] |= 1 << (i & 7);
      if (end + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + v.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(v, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  }
  return makeVector(makeData({
    type: new Utf8(), length: n, nullCount, nullBitmap: nullCount > 0 ? valid : null, valueOffsets: offsets, data: bytes.subarray(0, end),
  }));
}

/** Numbers (Float64) or day numbers (DateDay) as an Arrow vector, nulls in its validity bitmap. */
export function typedVector(values: (number | null)[], type: 'DOUBLE' | 'DATE'): Vector {
  const n = values.length;
  const data = type === 'DATE' ? new Int32Array(n) : new Float64Array(n);
  const valid = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) nullCount++;
    else { data[i] = v; valid[i >> 3] |= 1 << (i & 7); }
  }
  const nullBitmap = nullCount > 0 ? valid : null;
  if (type === 'DATE') return makeVector(makeData({ type: new DateDay(), length: n, nullCount, nullBitmap, data: data as Int32Array }));
  return makeVector(makeData({ type: new Float64(), length: n, nullCount, nullBitmap, data: data as Float64Array }));
}
