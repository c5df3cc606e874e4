import { describe, expect, it } from 'vitest';
import { cachedQuery, type QueryFn } from '../../src/engine/query';

function counting(fail = new Set<string>()) {
  const calls: string[] = [];
  const q: QueryFn = async (sql, params = []) => {
    calls.push(`${sql} ${JSON.stringify(params)}`);
    if (fail.has(sql)) throw new Error('boom');
    return [{ sql, p: params[0] ?? null }];
  };
  return { q, calls };
}

describe('cachedQuery', () => {
  it('asks the engine once per question, and again for other parameters', async () => {
    const { q, calls } = counting();
    const c = cachedQuery(q);
    await Promise.all([c('SELECT 1', ['a']), c('SELECT 1', ['a'])]);
    await c('SELECT 1', ['a']);
    await c('SELECT 1', ['b']);
    await c('SELECT 2');
    expect(calls).toEqual(['SELECT 1 ["a"]', 'SELECT 1 ["b"]', 'SELECT 2 []']);
  });

  it('does not keep a failure', async () => {
    const fail = new Set(['BAD']);
    const { q, calls } = counting(fail);
    const c = cachedQuery(q);
    await expect(c('BAD')).rejects.toThrow('boom');
    fail.clear();
    expect(await c('BAD')).toEqual([{ sql: 'BAD', p: null }]);
    expect(calls).toHaveLength(2);
  });

  it('gives every caller its own rows', async () => {
    const { q } = counting();
    const c = cachedQuery(q);
    const first = await c('SELECT 1', ['x']);
    first[0].p = 'changed';
    first.push({ sql: 'extra', p: null });
    expect(await c('SELECT 1', ['x'])).toEqual([{ sql: 'SELECT 1', p: 'x' }]);
  });

  it('forgets the least recently used answer beyond its limit', async () => {
    const { q, calls } = counting();
    const c = cachedQuery(q, 2);
    await c('A'); await c('B'); await c('A'); // A is now the most recent
    await c('C'); // evicts B
    await c('A'); await c('B');
    expect(calls).toEqual(['A []', 'B []', 'C []', 'B []']);
  });

  it('answers seeded questions without the engine, and lists what it holds', async () => {
    const { q, calls } = counting(new Set(['BAD']));
    const c = cachedQuery(q, 500, [{ sql: 'SEEDED', params: [1], rows: [{ n: 42 }] }]);
    expect(await c('SEEDED', [1])).toEqual([{ n: 42 }]);
    expect(await c('SEEDED', [2])).toEqual([{ sql: 'SEEDED', p: 2 }]); // other parameters: asked
    await expect(c('BAD')).rejects.toThrow('boom');
    expect(calls).toEqual(['SEEDED [2]', 'BAD []']);
    expect(await c.answers()).toEqual([
      { sql: 'SEEDED', params: [1], rows: [{ n: 42 }] },
      { sql: 'SEEDED', params: [2], rows: [{ sql: 'SEEDED', p: 2 }] },
    ]);
  });
});
