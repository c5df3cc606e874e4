/** Scorecard KPI targets in the URL (`tgt`) and in channelLens: parsed entry by entry, written only where they differ from the defaults. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type ViewState } from '../../../src/state/url';
import { DEFAULT_TARGETS, encodeTargets, isDefaultTargets, parseTargets } from '../../../src/state/kpi-targets';
import { DEFAULT_SALES_SPECS } from '../../../src/metrics/scorecard-sales';
import { salesSpecs } from '../../../src/views/scorecards/scorecard-config';
import { toPublic, toViewPatch } from '../../../src/state/automation';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, filters: {}, ...patch });
const CUSTOM = { ...DEFAULT_TARGETS, active2: 15, new: 3, collection: 95, satisfaction: 4.2 };

describe('parseTargets', () => {
  it('reads key:value pairs; keys left out keep their default', () => {
    expect(parseTargets('active2:15,new:3,collection:95,satisfaction:4.2')).toEqual({ targets: CUSTOM, problems: [] });
    expect(parseTargets({ active2: 15, new: 3, collection: 95, satisfaction: 4.2 })).toEqual({ targets: CUSTOM, problems: [] });
    expect(parseTargets(' invlow:3 , invhigh:10 ')).toEqual({ targets: { ...DEFAULT_TARGETS, invlow: 3, invhigh: 10 }, problems: [] });
    expect(parseTargets('')).toEqual({ targets: DEFAULT_TARGETS, problems: [] });
  });

  it('lists and ignores each bad entry on its own, keeping the good ones', () => {
    expect(parseTargets('active2:15,bonus:3')).toEqual({ targets: { ...DEFAULT_TARGETS, active2: 15 }, problems: [{ entry: 'bonus:3', reason: 'unknown' }] });
    const bad = parseTargets('active2:0,new:-1,collection:120,satisfaction:1,invhigh:60,active2:abc,new:,collection,satisfaction:4:5');
    expect(bad.targets).toEqual(DEFAULT_TARGETS);
    expect(bad.problems.map((p) => `${p.entry}|${p.reason}`)).toEqual([
      'active2:0|malformed', 'new:-1|malformed', 'collection:120|malformed', 'satisfaction:1|malformed', 'invhigh:60|malformed',
      'active2:abc|malformed', 'new:|malformed', 'collection|malformed', 'satisfaction:4:5|malformed',
    ]);
    expect(parseTargets('active2:15,active2:16')).toEqual({ targets: { ...DEFAULT_TARGETS, active2: 15 }, problems: [{ entry: 'active2:16', reason: 'malformed' }] });
    expect(parseTargets({ active2: '15' }).problems).toEqual([{ entry: 'active2:15', reason: 'malformed' }]);
    expect(parseTargets(42)).toEqual({ targets: DEFAULT_TARGETS, problems: [{ entry: '42', reason: 'malformed' }] });
  });

  it('refuses a band whose lower bound is not below its upper bound, falling back to the default band', () => {
    expect(parseTargets('invlow:9,active2:15')).toEqual({
      targets: { ...DEFAULT_TARGETS, active2: 15 }, problems: [{ entry: 'invlow:9,invhigh:8', reason: 'malformed' }],
    });
    expect(parseTargets('invlow:6,invhigh:6').targets).toEqual(DEFAULT_TARGETS);
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(encodeTargets(DEFAULT_TARGETS)).toBe('');
    expect(encodeTargets({ ...CUSTOM, invhigh: 10 })).toBe('active2:15,new:3,collection:95,satisfaction:4.2,invhigh:10');
    expect(isDefaultTargets({ ...DEFAULT_TARGETS })).toBe(true);
    expect(isDefaultTargets(CUSTOM)).toBe(false);
  });

  it('keeps the default targets equal to the metric’s rules (the page’s active second-tier bar is 20)', () => {
    const page = salesSpecs(null, null);
    expect(salesSpecs(null, null, DEFAULT_TARGETS)).toEqual(page);
    const byKey = (key: string) => DEFAULT_SALES_SPECS.find((s) => s.key === key);
    for (const spec of page) expect(spec.rule).toEqual(byKey(spec.key)?.rule);
    expect(page.map((s) => [s.key, s.target])).toEqual([
      ['quota', undefined], ['inventoryHealth', undefined], ['newPartners', 2], ['activeSecondTier', 20], ['satisfaction', undefined], ['collection', 1],
    ]);
  });
});

describe('URL state with targets', () => {
  it('writes tgt only when not default, and reads it back', () => {
    expect(encodeState(state({ targets: { ...DEFAULT_TARGETS } }))).toBe('');
    const s = state({ page: 'scorecards', weights: null, targets: CUSTOM });
    const search = encodeState(s);
    expect(search).toBe('?page=scorecards&tgt=active2:15,new:3,collection:95,satisfaction:4.2&v=1');
    expect(decodeState(search)).toEqual({ state: s, issues: [] });
    expect(decodeState('?tgt=active2%3A15%2Cnew%3A3%2Ccollection%3A95%2Csatisfaction%3A4.2').state.targets).toEqual(CUSTOM);
  });

  it('sits after the weights and gates in a link', () => {
    const s = state({ page: 'scorecards', weights: { quota: 20, inventory: 10, new: 10, active2: 10, satisfaction: 10, collection: 40 }, gates: ['new'], targets: { ...DEFAULT_TARGETS, active2: 5 } });
    expect(encodeState(s)).toBe('?page=scorecards&w=quota:20,inventory:10,new:10,active2:10,satisfaction:10,collection:40&gate=new&tgt=active2:5&v=1');
  });

  it('reads default targets as none', () => {
    expect(decodeState('?tgt=active2:20,collection:100').state).toEqual(state({}));
  });

  it('reports each unknown key or bad value in the notice and ignores it; good entries still apply', () => {
    const { state: s, issues } = decodeState('?page=scorecards&tgt=active2:15,bogus:3,collection:0,satisfaction:9');
    expect(s).toEqual(state({ page: 'scorecards', targets: { ...DEFAULT_TARGETS, active2: 15 } }));
    expect(issues).toEqual([
      { param: 'tgt', value: 'bogus:3', reason: 'unknown' }, { param: 'tgt', value: 'collection:0', reason: 'malformed' },
      { param: 'tgt', value: 'satisfaction:9', reason: 'malformed' },
    ]);
    expect(decodeState(`?tgt=${'active2:15,'.repeat(40)}`).issues).toEqual([{ param: 'tgt', value: 'active2:15,'.repeat(40).slice(0, 80), reason: 'too-long' }]);
    expect(decodeState('?tgt=active2:1e400').issues).toEqual([{ param: 'tgt', value: 'active2:1e400', reason: 'malformed' }]);
  });
});

describe('channelLens with targets', () => {
  it('shows tgt as in the URL and takes it as text or an object; null clears', () => {
    expect(toPublic(state({ targets: CUSTOM })).tgt).toBe('active2:15,new:3,collection:95,satisfaction:4.2');
    expect(toPublic(state({})).tgt).toBeNull();
    expect(toViewPatch(DEFAULT_STATE, { tgt: 'active2:15,new:3,collection:95,satisfaction:4.2' }).targets).toEqual(CUSTOM);
    expect(toViewPatch(DEFAULT_STATE, { tgt: { active2: 15, new: 3, collection: 95, satisfaction: 4.2 } }).targets).toEqual(CUSTOM);
    expect(toViewPatch(state({ targets: CUSTOM }), { tgt: null }).targets).toBeNull();
    expect(toViewPatch(DEFAULT_STATE, { tgt: { ...DEFAULT_TARGETS } }).targets).toBeNull();
  });

  it('throws on any bad entry instead of applying part of it', () => {
    expect(() => toViewPatch(DEFAULT_STATE, { tgt: 'active2:15,bonus:3' })).toThrow(TypeError);
    expect(() => toViewPatch(DEFAULT_STATE, { tgt: { collection: 0 } })).toThrow(TypeError);
    expect(() => toViewPatch(DEFAULT_STATE, { tgt: { invlow: 9 } })).toThrow(TypeError);
  });
});
