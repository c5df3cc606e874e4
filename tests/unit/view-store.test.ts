import { describe, expect, it } from 'vitest';
import { ViewStore, resolveScope, type UrlPort } from '../../src/state/view.svelte';
import { toViewPatch } from '../../src/state/automation';

function memoryPort(initial: string) {
  const history: { search: string; mode: string }[] = [];
  let listener: (s: string) => void = () => {};
  const port: UrlPort = {
    read: () => initial,
    write: (search, mode) => history.push({ search, mode }),
    listen: (cb) => (listener = cb),
  };
  return { port, history, back: (search: string) => listener(search) };
}

describe('ViewStore', () => {
  it('restores the view from the URL and records each step', () => {
    const { port, history } = memoryPort('?region=华东&page=overview');
    const view = new ViewStore(port);
    expect(view.state.filters).toEqual({ region: ['华东'] });
    view.toggleFilter('tier', '分销商');
    expect(history.at(-1)).toEqual({ search: '?region=华东&tier=分销商&v=1', mode: 'push' });
    view.toggleFilter('tier', '分销商');
    expect(view.state.filters).toEqual({ region: ['华东'] });
    view.clearFilters();
    expect(history.at(-1)?.search).toBe('');
  });

  it('follows back/forward', () => {
    const { port, back } = memoryPort('');
    const view = new ViewStore(port);
    back('?industry=金融&compare=mom');
    expect(view.state.filters).toEqual({ industry: ['金融'] });
    expect(view.state.compare).toBe('mom');
  });
});

describe('resolveScope', () => {
  const base = new ViewStore(memoryPort('').port).state;
  it('defaults to the latest data year up to the last data month', () => {
    expect(resolveScope(base, '2026-10-17')).toEqual({ from: '2026-01-01', to: '2026-10-31', filters: {} });
  });
  it('expands months to whole days', () => {
    expect(resolveScope({ ...base, from: '2024-02', to: '2024-02' }, '2026-10-17')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('channelLens.apply patches', () => {
  const base = new ViewStore(memoryPort('?region=华东').port).state;
  it('merges filters and clears one with []', () => {
    expect(toViewPatch(base, { tier: ['分销商'] }).filters).toEqual({ region: ['华东'], tier: ['分销商'] });
    expect(toViewPatch(base, { region: [] }).filters).toEqual({ region: [] });
  });
  it('rejects unknown keys and bad values', () => {
    expect(() => toViewPatch(base, { nope: 1 })).toThrow(/unknown key/);
    expect(() => toViewPatch(base, { from: '2024-13' })).toThrow();
    expect(() => toViewPatch(base, { region: [1] })).toThrow(/strings/);
  });
});
