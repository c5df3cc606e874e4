/**
 * Bad files and interrupted imports: each stops with a clear ImportError (or a report that says
 * what was left out), and the tables loaded before stay exactly as they were.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import type { Param, SqlRunner } from '../../../src/engine/query';
import { importFile, type ImportOptions } from '../../../src/ingest/load';
import { ImportError, type ImportErrorCode } from '../../../src/ingest/report';
import { ORDERS, PLAIN, encodeGbk, leftovers, ordersText, tableState, utf8, writeCsv, type OrderRow } from './fixtures';

let runner: SqlRunner;
let before: { orders: Awaited<ReturnType<typeof tableState>>; partners: Awaited<ReturnType<typeof tableState>> };

const PARTNERS = utf8(writeCsv([['客户编码', '客户名称', '省份'], ['00123', '华东科技', '上海市'], ['P789', '岭南数码', '广西']], ','));

beforeAll(async () => { runner = await openNodeDuckDB(); }, 60_000);

// Every test starts from the same two tables, loaded by replacing whatever the last test left.
beforeEach(async () => {
  await importFile(runner, { name: 'partners.csv', bytes: PARTNERS });
  await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(PLAIN)) });
  before = { orders: await tableState(runner, 'orders'), partners: await tableState(runner, 'partners') };
  expect(before.orders?.rows).toBe(ORDERS.length);
}, 60_000);

async function expectUnchanged(): Promise<void> {
  expect(await tableState(runner, 'orders')).toEqual(before.orders);
  expect(await tableState(runner, 'partners')).toEqual(before.partners);
  expect(await leftovers(runner)).toEqual([]);
}

async function expectError(bytes: Uint8Array, code: ImportErrorCode, opts: ImportOptions = {}): Promise<ImportError> {
  const error = await importFile(runner, { name: 'orders.csv', bytes }, opts).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  await expectUnchanged();
  return error as ImportError;
}

describe('files that cannot be imported', () => {
  it('an empty file', () => expectError(new Uint8Array(0), 'empty'));

  it('a binary file', () => expectError(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'binary'));

  it('an Excel workbook', () => expectError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'unsupported-format'));

  it('blank lines only', () => expectError(utf8('\n\n  \n'), 'no-header'));

  it('a header and no rows', () => expectError(utf8(ordersText(PLAIN, [])), 'no-rows'));

  it('a header 100,000 columns wide', () => expectError(utf8(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n1,2\n`), 'too-many-columns'));

  it('a GBK file forced to read as UTF-8', () => expectError(encodeGbk(ordersText(PLAIN)), 'encoding', { encoding: 'utf-8' }));

  it('a UTF-8 file forced to read as UTF-16', () => expectError(utf8(ordersText(PLAIN)), 'encoding', { encoding: 'utf-16le' }));

  it('orders without an amount column', async () => {
    const error = await expectError(utf8('日期,客户编码\n2024-01-05,P1\n'), 'missing-required');
    expect(error.message).toContain('amount');
  });
});

describe('files with bad rows import what they can and say what they left out', () => {
  it('ragged rows: too many fields are left out, short rows padded', async () => {
    const text = ordersText(PLAIN).trimEnd().split('\n');
    text[2] += ',extra,fields'; // record 3: two fields too many
    text[4] = text[4].split(',').slice(0, 7).join(','); // record 5: no quantity, no amount
    const report = await importFile(runner, { name: 'orders.csv', bytes: utf8(text.join('\n') + '\n') });
    expect(report.rowsRead).toBe(ORDERS.length);
    expect(report.skippedCounts).toMatchObject({ 'too-many-fields': 1, 'missing-value': 1 });
    expect(report.skipped).toEqual([
      { row: 3, reason: 'too-many-fields', value: ORDERS[1].order_id },
      { row: 5, reason: 'missing-value', column: 'amount' },
    ]);
    expect(report.rowsLoaded).toBe(ORDERS.length - 2);
    expect(await tableState(runner, 'partners')).toEqual(before.partners);
  });

  it('a 100,000-field data line is left out, not loaded', async () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => String(i)).join(',');
    const report = await importFile(runner, { name: 'orders.csv', bytes: utf8(`${ordersText(PLAIN)}${wide}\n`) });
    expect(report.skipped).toEqual([{ row: ORDERS.length + 2, reason: 'too-many-fields', value: '0' }]);
    expect(report.rowsLoaded).toBe(ORDERS.length);
  });

  it('a value that does not parse: left out when required, blanked when optional', async () => {
    const rows: OrderRow[] = ORDERS.slice(0, 3);
    const text = ordersText({ ...PLAIN, amount: (n) => (n === rows[1].amount ? 'n/a' : String(n)) }, rows).replace(',10,', ',ten,');
    const report = await importFile(runner, { name: 'orders.csv', bytes: utf8(text) });
    expect(report.skipped).toEqual([{ row: 3, reason: 'invalid-value', column: 'amount', value: 'n/a' }]);
    expect(report.blanked).toEqual([{ row: 4, column: 'quantity', value: 'ten' }]);
    expect(report.rowsLoaded).toBe(2);
  });
});

describe('atomicity', () => {
  it('a cancelled import changes nothing', async () => {
    for (const phase of ['reading', 'converting', 'checking', 'saving'] as const) {
      const controller = new AbortController();
      const error = await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(PLAIN, ORDERS.slice(0, 2))) }, {
        signal: controller.signal, onProgress: (p) => { if (p.phase === phase) controller.abort(); },
      }).catch((e: unknown) => e);
      expect((error as ImportError).code, phase).toBe('aborted');
      await expectUnchanged();
    }
  });

  it('a file failing on its last row changes nothing', async () => {
    // 2,000 valid rows (so the encoding sample says UTF-8), then a last row with a GBK byte pair.
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...ORDERS[i % ORDERS.length], order_id: `SO-${i}` }));
    const good = utf8(ordersText(PLAIN, many));
    const bad = new Uint8Array([...good, ...utf8('SO-X,2024-01-01,P1,'), 0xc4, 0xe3, ...utf8(',张三,上海,产品A,1,100\n')]);
    const error = await expectError(bad, 'encoding');
    expect(error.detail.line).toBe(many.length + 2);
  });

  it('an engine failure inside the swap transaction rolls back', async () => {
    // DuckDB runs the appended INSERT, then fails before COMMIT: the rows must not stay.
    const failing: SqlRunner = {
      ...runner,
      run: (sql: string, params: readonly Param[]) =>
        runner.run(sql.startsWith('BEGIN TRANSACTION') ? sql.replace('COMMIT;', "SELECT error('disk full'); COMMIT;") : sql, params),
    };
    const error = await importFile(failing, { name: 'orders-2.csv', bytes: utf8(ordersText(PLAIN)) }, { append: true }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('disk full');
    await expectUnchanged();
  });
});
