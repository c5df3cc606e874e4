/**
 * The built-in sample's first view, answered before the engine is up: `public/sample/first-view.json`
 * holds the model description and the answers to every query the landing page asks on the sample,
 * recorded from the app itself by `npm run sample:first-view`. The page paints from them while the
 * 33 MB wasm compiles and the model builds; a question they do not hold waits for the engine.
 * They are used only for the exact sample they were recorded on (same manifest), and
 * tests/e2e/first-view.test.ts checks every stored answer against the engine.
 */
import type { Answer } from '../engine/query';
import type { SampleManifest } from '../ingest/sample';
import type { ModelInfo } from '../metrics/model';

export const FIRST_VIEW_FILE = 'first-view.json';

export interface FirstView {
  format: 1;
  /** The manifest of the sample the answers were recorded on. */
  sample: Pick<SampleManifest, 'seed' | 'asOf' | 'tables'>;
  model: ModelInfo;
  answers: Answer[];
}

/** What must match between a manifest and the stored answers' manifest. */
export function sampleKey(m: Pick<SampleManifest, 'seed' | 'asOf' | 'tables'>): string {
  return JSON.stringify({ seed: m.seed, asOf: m.asOf, tables: m.tables.map((t) => [t.name, t.rows]) });
}

/** JSON cannot hold NaN, ±Infinity or −0: an answer with one is left to the engine. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (value && typeof value === 'object') return Object.values(value).every(jsonSafe);
  return true;
}

export function firstViewOf(manifest: SampleManifest, model: ModelInfo, answers: Answer[]): FirstView {
  return {
    format: 1,
    sample: { seed: manifest.seed, asOf: manifest.asOf, tables: manifest.tables },
    model,
    answers: answers.filter((a) => jsonSafe(a.rows) && jsonSafe(a.params)),
  };
}

/** The stored first view for this sample, or null (absent, unreadable, or recorded on other data). */
export async function fetchFirstView(baseUrl: string, manifest: SampleManifest): Promise<FirstView | null> {
  try {
    const res = await fetch(new URL(FIRST_VIEW_FILE, baseUrl));
    if (!res.ok) return null;
    const fv = (await res.json()) as FirstView;
    return fv.format === 1 && Array.isArray(fv.answers) && sampleKey(fv.sample) === sampleKey(manifest) ? fv : null;
  } catch {
    return null;
  }
}
