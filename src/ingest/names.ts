/**
 * Header text → a cleaned label, a comparison key and a unit scale. Shared by the sniffer (which
 * finds the header row by how well it matches known names) and the mapper.
 */

export interface CleanHeader {
  /** As written, trimmed: for the mapping dialog and raw-table column names. */
  label: string;
  /** Case-, width-, space- and punctuation-insensitive form for matching synonyms. */
  key: string;
  /** Multiplier from a unit in the header (金额(万元) → 10000), 1 when none. */
  scale: number;
}

/** Units that scale values, by their lower-cased spelling inside brackets. */
const UNIT_SCALES: Record<string, number> = {
  '元': 1, 'rmb': 1, 'cny': 1, 'usd': 1, '$': 1, '¥': 1,
  '千元': 1e3, '千': 1e3, 'k': 1e3, "'000": 1e3, '000': 1e3, '000s': 1e3, 'thousand': 1e3, 'thousands': 1e3,
  '万元': 1e4, '万': 1e4,
  '百万元': 1e6, '百万': 1e6, 'm': 1e6, 'mn': 1e6, 'mm': 1e6, 'million': 1e6, 'millions': 1e6,
  '亿元': 1e8, '亿': 1e8,
};

const UNIT_RE = /\s*[(（[【]\s*(?:单位\s*[:：]?\s*)?([^()（）[\]【】]{1,12}?)\s*[)）\]】]\s*$/u;
const PUNCT_RE = /[\s\p{P}\p{S}]+/gu;

/** NFKC (full-width → ASCII), lower case, no whitespace or punctuation: 'Account  Name' → 'accountname'. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCT_RE, '');
}

/** U9 and other ERPs prefix headers with their entity: `销售订单行.价税合计` → `价税合计`. */
function stripDottedPrefix(text: string): string {
  const dot = text.lastIndexOf('.');
  if (dot <= 0 || dot === text.length - 1) return text;
  const prefix = text.slice(0, dot);
  // "No." or "1.5" are not entity prefixes.
  return /[\p{L}]{2,}/u.test(prefix) && /[\p{L}]/u.test(text.slice(dot + 1)) ? text.slice(dot + 1).trim() : text;
}

export function cleanHeader(raw: string): CleanHeader {
  const label = stripDottedPrefix(raw.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim());
  const unit = UNIT_RE.exec(label);
  // A trailing bracket is a unit or a note (省份(直辖市)); either way the name is what precedes it.
  const base = unit ? label.slice(0, unit.index).trim() : '';
  if (!unit || !base) return { label, key: headerKey(label), scale: 1 };
  const scale = UNIT_SCALES[unit[1].normalize('NFKC').toLowerCase().replace(/\s+/g, '')] ?? 1;
  return { label, key: headerKey(base), scale };
}

/** Labels made usable as column names: empty ones named by position, repeats numbered. */
export function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l, i) => {
    const base = l || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}
