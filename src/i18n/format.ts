/**
 * Number and date formatting for both UI languages. Pure (Intl only), so it runs the same in
 * Node tests and in the browser. zh-CN amounts use 万/亿 (what a Chinese channel manager reads in
 * reports); en uses K/M/B.
 */
export type Locale = 'zh-CN' | 'en';

/** Shown for a missing value everywhere, so "no data" never looks like zero. */
export const EMPTY = '—';
const MINUS = '\u2212';
const CNY = '¥';

export interface AmountOptions {
  /** zh-CN: fraction digits of the 万/亿 figure (default 2). en: significant digits (default 3). */
  digits?: number;
  /** Prefix the currency symbol ¥. */
  currency?: boolean;
  /** Drop trailing zeros ("1.5万" instead of "1.50万"); axes use this. */
  trimZeros?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat construction is slow; charts format thousands of ticks and labels. */
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = locale + JSON.stringify(options);
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(id, format);
  }
  return format;
}

function grouped(value: number, locale: Locale, fraction: number, trimZeros = false): string {
  return nf(locale, {
    minimumFractionDigits: trimZeros ? 0 : fraction,
    maximumFractionDigits: fraction,
  }).format(value);
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

const EN_UNITS = [
  { factor: 1e9, suffix: 'B' },
  { factor: 1e6, suffix: 'M' },
  { factor: 1e3, suffix: 'K' },
] as const;

function roundTo(value: number, fraction: number): number {
  const scale = 10 ** fraction;
  return Math.round(value * scale) / scale;
}

/**
 * |value| as "9,999" / "1.23万" / "1.23亿". Each step rounds before choosing the unit, so 9,999.5
 * becomes "1.00万" and 99,999,999 becomes "1.00亿", never "10,000" or "10000.00万".
 */
function zhMagnitude(abs: number, digits: number, trimZeros: boolean): string {
  const plain = Math.round(abs);
  if (plain < 1e4) return grouped(plain, 'zh-CN', 0);
  const wan = roundTo(abs / 1e4, digits);
  if (wan < 1e4) return grouped(wan, 'zh-CN', digits, trimZeros) + '万';
  return grouped(roundTo(abs / 1e8, digits), 'zh-CN', digits, trimZeros) + '亿';
}

/** |value| as "12.3K" / "1.23M": `significant` digits, rounded before picking the unit. */
function enMagnitude(abs: number, significant: number, trimZeros: boolean): string {
  const rounded = abs >= 1 ? Number(abs.toPrecision(Math.max(significant, 1))) : 0;
  const unit = EN_UNITS.find((u) => rounded >= u.factor);
  if (!unit) return grouped(Math.round(abs), 'en', 0);
  const scaled = rounded / unit.factor;
  const intDigits = Math.floor(Math.log10(scaled)) + 1;
  return grouped(scaled, 'en', Math.max(0, significant - intDigits), trimZeros) + unit.suffix;
}

/**
 * Compact amount: zh-CN "1.23万", "-1.50万", "1.23亿", "999"; en "12.3K", "1.23M", "1.23B".
 * Values below one unit (1万 / 1K) are plain grouped integers. null → "—".
 */
export function formatAmount(
  value: number | null | undefined,
  locale: Locale,
  opts: AmountOptions = {},
): string {
  if (isMissing(value)) return EMPTY;
  const trim = opts.trimZeros ?? false;
  const abs = Math.abs(value);
  const body =
    locale === 'zh-CN' ? zhMagnitude(abs, opts.digits ?? 2, trim) : enMagnitude(abs, opts.digits ?? 3, trim);
  // A value that rounds to zero gets no sign ("-0" reads as an error).
  const sign = value < 0 && /[1-9]/.test(body) ? '-' : '';
  return sign + (opts.currency ? CNY : '') + body;
}

/** Exact amount for tooltips: "¥1,234,567.89" (both locales; the data is in yuan). */
export function formatAmountFull(value: number | null | undefined, locale: Locale): string {
  if (isMissing(value)) return EMPTY;
  const body = grouped(Math.abs(value), locale, 2);
  return (value < 0 && body !== '0.00' ? '-' : '') + CNY + body;
}

/** Axis tick formatter with the compact units and no trailing zeros: 15000 → "1.5万", 0 → "0". */
export function axisAmount(locale: Locale): (value: number) => string {
  return (value) => formatAmount(value, locale, { trimZeros: true });
}

/** The amount unit for axis names and headers: "元" / "CNY". */
export function amountUnitLabel(locale: Locale): string {
  return locale === 'zh-CN' ? '元' : 'CNY';
}

/** A value-axis name with its unit: "金额(元)" / "Amount (CNY)". */
export function withUnit(label: string, locale: Locale, unit = amountUnitLabel(locale)): string {
  return locale === 'zh-CN' ? `${label}(${unit})` : `${label} (${unit})`;
}

/** 0.8634 → "86.3%". null → "—". */
export function formatPercent(ratio: number | null | undefined, locale: Locale, digits = 1): string {
  if (isMissing(ratio)) return EMPTY;
  return nf(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

function signed(text: string): string {
  // Intl uses the hyphen-minus; a true minus sign lines up with "+" in tables.
  return text.replace('-', MINUS);
}

/** Growth as a signed percentage: 0.123 → "+12.3%", -0.04 → "−4.0%", 0 → "0.0%". */
export function formatDelta(ratio: number | null | undefined, locale: Locale, digits = 1): string {
  if (isMissing(ratio)) return EMPTY;
  return signed(
    nf(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(ratio),
  );
}

/**
 * Difference of two ratios in percentage points: 0.032 → "+3.2 pp" / "+3.2个百分点".
 * Takes the ratio difference (e.g. attainment 0.95 − 0.918), like the other ratio formatters.
 */
export function formatPoints(diff: number | null | undefined, locale: Locale, digits = 1): string {
  if (isMissing(diff)) return EMPTY;
  const body = signed(
    nf(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(diff * 100),
  );
  return locale === 'zh-CN' ? `${body}个百分点` : `${body} pp`;
}

/** 1234567 → "1,234,567" (rounded). null → "—". */
export function formatInteger(n: number | null | undefined, locale: Locale): string {
  if (isMissing(n)) return EMPTY;
  const text = grouped(Math.round(n), locale, 0);
  return text === '-0' ? '0' : text;
}

const MONTH_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number } | null {
  const match = MONTH_RE.exec(iso);
  if (!match) return null;
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  return { y: Number(match[1]), m, d: match[3] ? Number(match[3]) : 1 };
}

/** '2026-03' (or a date) → "2026年3月" / "Mar 2026". Unparseable input is returned as is. */
export function formatMonth(iso: string, locale: Locale): string {
  const p = parts(iso);
  if (!p) return iso;
  return locale === 'zh-CN' ? `${p.y}年${p.m}月` : `${EN_MONTHS[p.m - 1]} ${p.y}`;
}

/** '2026-03' → "3月" / "Mar" (axis ticks inside one year). */
export function formatShortMonth(iso: string, locale: Locale): string {
  const p = parts(iso);
  if (!p) return iso;
  return locale === 'zh-CN' ? `${p.m}月` : EN_MONTHS[p.m - 1];
}

/** '2026-03-05' → "2026年3月5日" / "Mar 5, 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const p = parts(iso);
  if (!p || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  return locale === 'zh-CN' ? `${p.y}年${p.m}月${p.d}日` : `${EN_MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
}
