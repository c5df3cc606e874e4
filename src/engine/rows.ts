/**
 * Arrow result → plain JS rows. The one place where DuckDB's wire types (BIGINT as bigint,
 * HUGEINT/DECIMAL as 128-bit words, DATE as epoch ms) become numbers and ISO strings.
 */
import { Type, type Table, type DataType, type Vector } from 'apache-arrow';

export type Cell = string | number | boolean | null | Cell[];
export type Row = Record<string, Cell>;

const TWO_128 = 1n << 128n;
const TWO_127 = 1n << 127n;

/** Signed 128-bit little-endian 32-bit words → number, divided by 10^scale. */
export function decimalToNumber(words: Uint32Array, scale: number): number {
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(words[i]);
  const bits = BigInt(words.length * 32);
  if (bits === 128n && big >= TWO_127) big -= TWO_128;
  else if (bits !== 128n && big >= 1n << (bits - 1n)) big -= 1n << bits;
  if (scale === 0) return Number(big);
  const divisor = 10n ** BigInt(scale);
  const whole = big / divisor;
  const frac = big % divisor;
  return Number(whole) + Number(frac) / Number(divisor);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function converter(type: DataType): (v: unknown) => Cell {
  switch (type.typeId) {
    case Type.Decimal: {
      const scale = (type as unknown as { scale: number }).scale;
      return (v) => decimalToNumber(v as Uint32Array, scale);
    }
    case Type.Int:
    case Type.Int64:
    case Type.Uint64:
      return (v) => (typeof v === 'bigint' ? Number(v) : (v as number));
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
      return (v) => isoDate(v as number);
    case Type.Timestamp:
    case Type.TimestampMicrosecond:
    case Type.TimestampMillisecond:
    case Type.TimestampSecond:
    case Type.TimestampNanosecond:
      return (v) => new Date(v as number).toISOString();
    case Type.List: {
      const inner = converter((type as unknown as { children: { type: DataType }[] }).children[0].type);
      return (v) => Array.from(v as Vector, (x) => (x == null ? null : inner(x)));
    }
    default:
      return (v) => (typeof v === 'bigint' ? Number(v) : (v as Cell));
  }
}

/** Materialise an Arrow table as an array of plain objects. */
export function tableToRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => ({ name: f.name, vector: table.getChild(f.name)!, convert: converter(f.type) }));
  const rows: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (const c of columns) {
      const v = c.vector.get(i);
      row[c.name] = v == null ? null : c.convert(v);
    }
    rows[i] = row;
  }
  return rows;
}
