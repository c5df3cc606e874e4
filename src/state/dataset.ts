/**
 * The dataset marker a shared link carries (`ds=<name>:<rows>:<fingerprint>`, several
 * comma-separated): which data the view was made on, so a recipient whose loaded data differs
 * is told. Pure (no window), tested in Node. A link cannot carry the data itself, only its name.
 */

export interface DatasetMarker {
  /** A file or dataset name, e.g. `sample` or `orders.csv`. */
  name: string;
  /** Row count of the dataset's main table (orders for the sample). */
  rows: number;
  /** A short hex fingerprint of the content description (see fingerprint()). */
  fingerprint: string;
}

const MAX_MARKERS = 20;
const MAX_NAME = 120;
const FINGERPRINT = /^[0-9a-f]{4,16}$/;
const ROWS = /^\d{1,15}$/;

/** FNV-1a over UTF-16 code units, as 8 hex digits: short, deterministic, not a security hash. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What describes the built-in sample: its table names and row counts, and its seed. */
export interface SampleDescription {
  seed: number;
  tables: readonly { name: string; rows: number }[];
}

/** The marker of the built-in sample: name `sample`, its orders row count, a fingerprint of its manifest. */
export function sampleMarker(sample: SampleDescription): DatasetMarker {
  const tables = [...sample.tables].sort((a, b) => a.name.localeCompare(b.name));
  const text = `seed=${sample.seed};${tables.map((t) => `${t.name}=${t.rows}`).join(';')}`;
  const orders = sample.tables.find((t) => t.name === 'orders');
  return { name: 'sample', rows: orders?.rows ?? 0, fingerprint: fingerprint(text) };
}

// A name keeps its readable characters in the link; only what would break the syntax is encoded.
const encName = (name: string) => encodeURIComponent(name).replace(/(%[89A-F][0-9A-F])+/gi, (m) => {
  try {
    return decodeURIComponent(m);
  } catch {
    return m;
  }
});

/** Markers → the `ds` parameter's value (without `ds=`). */
export function encodeDatasets(markers: readonly DatasetMarker[]): string {
  return markers.map((m) => `${encName(m.name)}:${m.rows}:${m.fingerprint}`).join(',');
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Does the name look like a file or dataset name (no markup, no control characters)? */
function isSafeName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME && !/[\p{Cc}<>"'`\\]/u.test(name);
}

/**
 * The raw (still percent-encoded) `ds` value → markers, or null when any part is malformed.
 * The name is everything before the last two colons, so a name may itself contain a colon.
 */
export function parseDatasets(raw: string): DatasetMarker[] | null {
  const parts = raw.split(',').filter((p) => p !== '');
  if (parts.length === 0 || parts.length > MAX_MARKERS) return null;
  const out: DatasetMarker[] = [];
  for (const part of parts) {
    const text = safeDecode(part);
    if (text === null) return null;
    const b = text.lastIndexOf(':');
    const a = b > 0 ? text.lastIndexOf(':', b - 1) : -1;
    if (a <= 0) return null;
    const [name, rows, fp] = [text.slice(0, a).trim(), text.slice(a + 1, b), text.slice(b + 1).toLowerCase()];
    if (!isSafeName(name) || !ROWS.test(rows) || !FINGERPRINT.test(fp)) return null;
    out.push({ name, rows: Number(rows), fingerprint: fp });
  }
  return out;
}

export type DatasetDifference =
  | { kind: 'missing'; wanted: DatasetMarker }
  | { kind: 'changed'; wanted: DatasetMarker; loaded: DatasetMarker };

/** How the loaded data differs from what a link was made on; empty when it is the same. */
export function compareDatasets(wanted: readonly DatasetMarker[], loaded: readonly DatasetMarker[]): DatasetDifference[] {
  const out: DatasetDifference[] = [];
  for (const w of wanted) {
    const l = loaded.find((x) => x.name === w.name);
    if (!l) out.push({ kind: 'missing', wanted: w });
    else if (l.rows !== w.rows || l.fingerprint !== w.fingerprint) out.push({ kind: 'changed', wanted: w, loaded: l });
  }
  return out;
}
