/**
 * The loaded table keeps the file's row order (the importer does not sort it), and the report's
 * bad values are the trimmed text of exactly the cells that failed. The expected order and values
 * are computed here from the generated rows, not read from the importer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import type { SqlRunner } from '../../../src/engine/query';
import { createQuery } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest/load';
import { rng, utf8, writeCsv } from './fixtures';

let runner: SqlRunner;
beforeAll(async () => { runner = await openNodeDuckDB(); }, 60_000);

type Kind = 'ok' | 'total' | 'blank' | 'bad-date' | 'bad-quantity';

/** 9000 rows (several 2,048-row vectors) with ids in random order and left-out rows in between. */
function generated(): { text: string; kinds: Kind[]; ids: string[]; quantities: string[] } {
  const random = rng(20261123);
  const ids: string[] = [];
  const kinds: Kind[] = [];
  const quantities: string[] = [];
  const rows: string[][] = [];
  const used = new Set<number>();
  for (let i = 0; i < 9000; i++) {
    let n = Math.floor(random() * 1e9);
    while (used.has(n)) n += 1;
    used.add(n);
    const id = `SO${n}`;
    const p = random();
    const kind: Kind = p < 0.01 ? 'total' : p < 0.02 ? 'blank' : p < 0.03 ? 'bad-date' : p < 0.04 ? 'bad-quantity' : 'ok';
    const quantity = kind === 'bad-quantity' ? `  n/a${i} ` : String(1 + (i % 7));
    const date = kind === 'bad-date' ? 'someday' : `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`;
    if (kind === 'total') rows.push(['合计', '', '', '', '', '999']);
    else if (kind === 'blank') rows.push(['', '', '', '', '', '']);
    else rows.push([id, date, `P${i % 50}`, `伙伴${i % 50}`, quantity, String(100 + i)]);
    ids.push(id);
    kinds.push(kind);
    quantities.push(quantity);
  }
  const text = writeCsv([['order_id', 'order_date', 'partner_id', 'partner_name', 'quantity', 'amount'], ...rows], ',');
  return { text, kinds, ids, quantities };
}

describe('row order', () => {
  it('keeps the rows in file order and reports the trimmed text of bad cells', async () => {
    const { text, kinds, ids, quantities } = generated();
    const report = await importFile(runner, { name: 'orders.csv', bytes: utf8(text) });
    const query = createQuery(runner);
    const loaded = (await query('SELECT order_id FROM orders ORDER BY rowid')).map((r) => String(r.order_id));
    const expectedIds = ids.filter((_, i) => kinds[i] === 'ok' || kinds[i] === 'bad-quantity');
    expect(loaded).toEqual(expectedIds);
    // The ids are random, so file order is not the order of any column a sort could have used.
    expect(loaded).not.toEqual([...expectedIds].sort());

    const badDates = kinds.filter((k) => k === 'bad-date').length;
    expect(report.skippedCounts['invalid-value']).toBe(badDates);
    expect(report.skipped.filter((s) => s.reason === 'invalid-value').every((s) => s.column === 'order_date' && s.value === 'someday')).toBe(true);
    const badQuantities = kinds.flatMap((k, i) => (k === 'bad-quantity' ? [quantities[i].trim()] : []));
    expect(report.blankedCount).toBe(badQuantities.length);
    expect(report.blanked.map((b) => b.value)).toEqual(badQuantities.slice(0, report.blanked.length));
    expect(report.blanked.every((b) => b.column === 'quantity')).toBe(true);
  });
});
