/** Scorecard weights and gates in the URL (`w`, `gate`) and in channelLens.apply. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type ViewState } from '../../../src/state/url';
import { toViewPatch } from '../../../src/state/automation';
import { DEFAULT_WEIGHTS, encodeWeights, isDefaultWeights, parseGates, parseWeights, WEIGHT_KEYS } from '../../../src/state/weights';
import { DEFAULT_SALES_SPECS } from '../../../src/metrics/scorecard-sales';
import { SPEC_KEY } from '../../../src/views/scorecards/scorecard-config';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, filters: {}, ...patch });
const EDITED = { quota: 20, inventory: 10, new: 10, active2: 10, satisfaction: 10, collection: 40 };

describe('parseWeights', () => {
  it('reads key:value pairs; keys left out keep their default; the total must be 100', () => {
    expect(parseWeights('quota:20,collection:40')).toEqual({ weights: EDITED });
    expect(parseWeights({ quota: 20, collection: 40 })).toEqual({ weights: EDITED });
    expect(parseWeights('quota:50,inventory:10,new:10,active2:10,satisfaction:10,collection:10')).toEqual({ weights: DEFAULT_WEIGHTS });
    expect(parseWeights('quota:33.4,inventory:33.3,new:33.3,active2:0,satisfaction:0,collection:0')).toHaveProperty('weights');
  });

  it('refuses unknown keys, non-numbers, out-of-range values, repeats and a total other than 100', () => {
    expect(parseWeights('quota:20,bonus:40')).toMatchObject({ problem: 'unknown', detail: 'bonus' });
    expect(parseWeights('quota:abc')).toMatchObject({ problem: 'malformed' });
    expect(parseWeights('quota:')).toMatchObject({ problem: 'malformed' });
    expect(parseWeights('quota')).toMatchObject({ problem: 'malformed' });
    expect(parseWeights('quota:-10,collection:70')).toMatchObject({ problem: 'malformed' });
    expect(parseWeights('quota:20,quota:20')).toMatchObject({ problem: 'malformed' });
    expect(parseWeights('quota:60')).toMatchObject({ problem: 'malformed', detail: 'sum 110' });
    expect(parseWeights({ quota: '20' })).toMatchObject({ problem: 'malformed' });
    expect(parseWeights(42)).toMatchObject({ problem: 'malformed' });
  });

  it('writes all six in a fixed order and knows the defaults', () => {
    expect(encodeWeights(EDITED)).toBe('quota:20,inventory:10,new:10,active2:10,satisfaction:10,collection:40');
    expect(isDefaultWeights({ ...DEFAULT_WEIGHTS })).toBe(true);
    expect(isDefaultWeights(EDITED)).toBe(false);
  });

  it('keeps DESIGN.md’s default weights equal to the metric’s', () => {
    for (const k of WEIGHT_KEYS) expect(DEFAULT_SALES_SPECS.find((s) => s.key === SPEC_KEY[k])?.weight).toBe(DEFAULT_WEIGHTS[k]);
  });

  it('reads gates as known keys in a fixed order', () => {
    expect(parseGates('collection,new')).toEqual(['new', 'collection']);
    expect(parseGates(['quota'])).toEqual(['quota']);
    expect(parseGates('')).toEqual([]);
    expect(parseGates('new,bonus')).toBeNull();
    expect(parseGates([1])).toBeNull();
  });
});

describe('URL state with weights', () => {
  it('writes w and gate only when not default, and reads them back', () => {
    expect(encodeState(state({ weights: null }))).toBe('');
    const s = state({ page: 'scorecards', weights: EDITED, gates: ['new'] });
    const search = encodeState(s);
    expect(search).toBe('?page=scorecards&w=quota:20,inventory:10,new:10,active2:10,satisfaction:10,collection:40&gate=new&v=1');
    expect(decodeState(search)).toEqual({ state: s, issues: [] });
  });

  it('reads default weights as no weights, and a partial w with defaults for the rest', () => {
    expect(decodeState('?w=quota:50,inventory:10,new:10,active2:10,satisfaction:10,collection:10').state.weights).toBeNull();
    expect(decodeState('?w=quota%3A20%2Ccollection%3A40').state.weights).toEqual(EDITED);
  });

  it('reports and ignores unknown keys, non-numbers and a bad total', () => {
    const { state: s, issues } = decodeState('?page=scorecards&w=quota:20,bonus:40&gate=new,x');
    expect(s).toEqual(state({ page: 'scorecards' }));
    expect(issues.map((i) => `${i.param}:${i.reason}`)).toEqual(['w:unknown', 'gate:unknown']);
    expect(decodeState('?w=quota:twenty').issues).toEqual([{ param: 'w', value: 'quota:twenty', reason: 'malformed' }]);
    expect(decodeState('?w=quota:90').issues[0]).toMatchObject({ param: 'w', reason: 'malformed' });
  });
});

describe('channelLens.apply with weights', () => {
  it('takes w as an object or as the URL text, null clears; gate as a list', () => {
    expect(toViewPatch(DEFAULT_STATE, { w: { quota: 20, collection: 40 } }).weights).toEqual(EDITED);
    expect(toViewPatch(DEFAULT_STATE, { w: 'quota:20,collection:40' }).weights).toEqual(EDITED);
    expect(toViewPatch(state({ weights: EDITED }), { w: null }).weights).toBeNull();
    expect(toViewPatch(DEFAULT_STATE, { w: { ...DEFAULT_WEIGHTS } }).weights).toBeNull();
    expect(toViewPatch(DEFAULT_STATE, { gate: ['collection', 'new'] }).gates).toEqual(['new', 'collection']);
    expect(toViewPatch(DEFAULT_STATE, { gate: [] }).gates).toBeNull();
  });

  it('throws on bad weights or gates instead of guessing', () => {
    expect(() => toViewPatch(DEFAULT_STATE, { w: { quota: 30 } })).toThrow(TypeError);
    expect(() => toViewPatch(DEFAULT_STATE, { w: { bonus: 10 } })).toThrow(TypeError);
    expect(() => toViewPatch(DEFAULT_STATE, { gate: ['bonus'] })).toThrow(TypeError);
  });
});
