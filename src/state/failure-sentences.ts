/**
 * Why a file was not imported, in the reader's language: the ImportError's code picks the sentence
 * (i18n/pages/import-errors.ts) and its detail fills it in. Loaded with the first failure
 * (file-limits.ts), not with the page: most visits never see one.
 */
import { fill } from '../i18n/i18n.svelte';
import type { Locale } from '../i18n/format';
import { importErrorMessages, type ImportErrorKey } from '../i18n/pages/import-errors';
import type { FailedImport } from './imports.svelte';

/** The parts of an ImportError's detail a sentence uses (the plan it may carry is not kept). */
export function failureDetail(detail: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of ['line', 'encoding', 'columns', 'status', 'cause', 'format', 'host', 'missing'] as const) {
    const v = detail[key];
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  }
  return out;
}

/** The sentence for a code, by what the detail holds (a line number, an HTTP status). */
function keyFor(f: FailedImport): ImportErrorKey | null {
  const d = f.detail ?? {};
  switch (f.code) {
    case 'encoding': return d.line !== undefined ? 'encodingLine' : d.encoding !== undefined ? 'encoding' : null;
    case 'malformed': return d.format === undefined ? null : d.line !== undefined ? 'malformedLine' : 'malformed';
    case 'network': return d.host === undefined ? null : d.status !== undefined ? 'networkStatus' : 'network';
    case 'line-too-long': return d.line !== undefined ? 'line-too-long' : null;
    case 'too-many-columns': return d.columns !== undefined ? 'too-many-columns' : null;
    case 'missing-required': return d.missing !== undefined ? 'missing-required' : null;
    case 'empty': case 'binary': case 'unsupported-format': case 'no-header': case 'no-rows': case 'aborted': return f.code;
    default: return null;
  }
}

/** The sentence for a failed import, or null when its code has none. */
export function failureSentence(f: FailedImport, locale: Locale): string | null {
  const key = keyFor(f);
  if (!key) return null;
  const d = { ...f.detail };
  if (typeof d.columns === 'number') d.columns = d.columns.toLocaleString(locale);
  return fill(importErrorMessages[locale][key], d);
}
