/**
 * File bytes → what kind of file it is, its text encoding, and the same text as UTF-8 bytes for
 * DuckDB. UTF-8 input is passed through without a copy (DuckDB validates it while reading); other
 * encodings are decoded once with TextDecoder and re-encoded.
 */
import { ImportError } from './report';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
/** How the encodings are named to users (the same in every language). */
export const ENCODING_LABELS: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', gb18030: 'GBK / GB18030', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };

export type FileFormat = 'csv' | 'parquet';

export interface DecodedText {
  encoding: TextEncodingName;
  bom: boolean;
  /** The text as UTF-8, without a BOM. */
  utf8: Uint8Array;
}

const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Parquet by its magic number; workbooks and other binaries are refused with a reason. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) throw new ImportError('empty', 'the file is empty');
  if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError('unsupported-format', 'this is an Excel workbook or an archive; save it as CSV first');
  }
  return 'csv';
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII-heavy text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/** Text files have no NUL bytes and few control characters; anything else is refused early. */
function assertText(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new ImportError('binary', 'this is a binary file, not a text (CSV) file');
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > n * 0.05) throw new ImportError('binary', 'this is a binary file, not a text (CSV) file');
}

/** The UTF-16 guess made from zero bytes can be wrong for binary data: its text has control characters. */
function assertWideText(head: Uint8Array, encoding: TextEncodingName): void {
  const text = new TextDecoder(encoding).decode(head.subarray(0, head.length & ~1));
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control > text.length * 0.05) throw new ImportError('binary', 'this is a binary file, not a text (CSV) file');
}

/** The sample cut back to a whole UTF-8 character, so a split multi-byte sequence is not an error. */
function wholeChars(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return sample.subarray(0, end);
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(wholeChars(sample));
    return true;
  } catch {
    return false;
  }
}

/**
 * A sample that shows the encoding: the first 64 KiB, or, when those are plain ASCII (an English
 * header, codes and numbers), 64 KiB from the first non-ASCII byte further down.
 */
function encodingSample(bytes: Uint8Array): Uint8Array | null {
  const head = bytes.subarray(0, SAMPLE);
  if (head.some((b) => b >= 0x80)) return head;
  for (let i = head.length; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) return bytes.subarray(i, i + SAMPLE);
  }
  return null;
}

/** BOM first, then UTF-16 by its zero bytes, then valid UTF-8 on a sample, else GB18030 (GBK's superset). */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bom: true };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { encoding: wide, bom: false };
  const sample = encodingSample(bytes);
  return { encoding: sample === null || isUtf8(sample) ? 'utf-8' : 'gb18030', bom: false };
}

function checkOverride(bytes: Uint8Array, encoding: TextEncodingName): void {
  if (!TEXT_ENCODINGS.includes(encoding)) throw new ImportError('bad-option', `unknown encoding ${String(encoding)}`);
  // A CSV in UTF-16 has delimiters and line breaks, whose high byte is zero.
  if (encoding.startsWith('utf-16') && !bytes.subarray(0, 4096).includes(0)) {
    throw new ImportError('encoding', `the file is not ${encoding} text`, { encoding });
  }
}

export interface TextInfo {
  encoding: TextEncodingName;
  bom: boolean;
  /** Bytes of BOM to skip. */
  skip: number;
  /** The user chose the encoding: decode strictly and say so when it does not fit. */
  forced: boolean;
}

/**
 * Detect the encoding (or check `override`) and refuse binary files. Reads a sample only, so it
 * is cheap on large files; the full text is converted by toUtf8.
 */
export function resolveEncoding(bytes: Uint8Array, override?: TextEncodingName): TextInfo {
  const bom = bomOf(bytes);
  if (override) checkOverride(bytes, override);
  const detected = override ? { encoding: override, bom: bom?.encoding === override } : detectEncoding(bytes);
  const skip = detected.bom && bom ? bom.length : 0;
  const body = bytes.subarray(skip);
  if (!detected.encoding.startsWith('utf-16')) assertText(body);
  else assertWideText(body.subarray(0, 8192), detected.encoding);
  if (detected.encoding === 'utf-8') {
    const sample = encodingSample(body);
    if (sample && !isUtf8(sample)) throw new ImportError('encoding', 'the file is not valid UTF-8', { encoding: 'utf-8' });
  }
  return { encoding: detected.encoding, bom: detected.bom, skip, forced: override !== undefined };
}

function decode(bytes: Uint8Array, info: TextInfo, fatal: boolean): string {
  try {
    const text = new TextDecoder(info.encoding, { fatal, ignoreBOM: true }).decode(bytes);
    if (text.includes('\0')) throw new ImportError('binary', 'this is a binary file, not a text (CSV) file');
    return text;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('encoding', `the file is not valid ${info.encoding}`, { encoding: info.encoding });
  }
}

/** The whole text as UTF-8 bytes: a view of the input for UTF-8 (DuckDB validates it), else decoded and re-encoded. */
export function toUtf8(bytes: Uint8Array, info: TextInfo): Uint8Array {
  const body = bytes.subarray(info.skip);
  if (info.encoding === 'utf-8') return body;
  return new TextEncoder().encode(decode(body, info, info.forced));
}

/** bytes → encoding, BOM and UTF-8 bytes in one call. */
export function decodeText(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const info = resolveEncoding(bytes, override);
  return { encoding: info.encoding, bom: info.bom, utf8: toUtf8(bytes, info) };
}

/** Line feed positions differ by encoding: one byte, or a 16-bit unit in UTF-16. */
function lastLineEnd(body: Uint8Array, info: TextInfo, before: number): number {
  if (info.encoding === 'utf-16le') {
    for (let i = (before & ~1) - 2; i >= 0; i -= 2) if (body[i] === 0x0a && body[i + 1] === 0) return i + 2;
    return -1;
  }
  if (info.encoding === 'utf-16be') {
    for (let i = (before & ~1) - 2; i >= 0; i -= 2) if (body[i] === 0 && body[i + 1] === 0x0a) return i + 2;
    return -1;
  }
  const i = body.lastIndexOf(0x0a, before - 1);
  return i < 0 ? -1 : i + 1;
}

/** The first `maxBytes` of the text, cut after the last complete line; `complete` when that is all of it. */
export function textHead(bytes: Uint8Array, info: TextInfo, maxBytes = SAMPLE): { text: string; complete: boolean } {
  const body = bytes.subarray(info.skip);
  if (body.length <= maxBytes) return { text: decode(body, info, info.forced), complete: true };
  const end = lastLineEnd(body, info, maxBytes);
  const cut = end > 0 ? end : maxBytes & ~1;
  const head = info.encoding === 'utf-8' ? wholeChars(body.subarray(0, cut)) : body.subarray(0, cut);
  return { text: decode(head, info, false), complete: false };
}

/** The last lines of the text (about `maxBytes`), starting at a line start: for report footers. */
export function textTail(bytes: Uint8Array, info: TextInfo, maxBytes = 8192): string {
  const body = bytes.subarray(info.skip);
  if (body.length <= maxBytes) return decode(body, info, false);
  const from = body.length - maxBytes;
  const lf = info.encoding === 'utf-16be' ? [0, 0x0a] : info.encoding === 'utf-16le' ? [0x0a, 0] : [0x0a];
  const step = lf.length;
  for (let i = from - (from % step); i < body.length - step; i += step) {
    if (lf.every((b, j) => body[i + j] === b)) return decode(body.subarray(i + step), info, false);
  }
  return '';
}

/** Is the ASCII byte found at i a character of its own (in UTF-16: the low byte of a unit whose high byte is 0)? */
function isCharAt(body: Uint8Array, i: number, info: TextInfo): boolean {
  if (info.encoding === 'utf-16le') return i % 2 === 0 && body[i + 1] === 0;
  if (info.encoding === 'utf-16be') return i % 2 === 1 && body[i - 1] === 0;
  return true;
}

function countChar(head: Uint8Array, code: number, info: TextInfo): number {
  let n = 0;
  for (let i = head.indexOf(code); i >= 0; i = head.indexOf(code, i + 1)) if (isCharAt(head, i, info)) n++;
  return n;
}

/**
 * About how many lines the text has, without reading all of it: the line breaks in its first
 * `probe` bytes (line feeds; carriage returns in an old Mac file that has none), scaled to its
 * length (a count, exact but for quoted line breaks, when the file is that small). For the import
 * bar, which DuckDB tells only how much of the file it has read.
 */
export function estimateLines(bytes: Uint8Array, info: TextInfo, probe = 1 << 20): number {
  const body = bytes.subarray(info.skip);
  const head = body.subarray(0, probe);
  const feeds = countChar(head, 0x0a, info);
  const lineEnd = feeds > 0 ? 0x0a : 0x0d;
  const breaks = feeds > 0 ? feeds : countChar(head, 0x0d, info);
  if (head.length === body.length) {
    const last = body[body.length - (info.encoding === 'utf-16le' ? 2 : 1)];
    return breaks + (body.length > 0 && last !== lineEnd ? 1 : 0);
  }
  return Math.round((breaks * body.length) / head.length);
}
