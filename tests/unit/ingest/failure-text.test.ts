/**
 * What a person reads when a file is not imported: the ImportError the importer throws for a real
 * bad file, turned into a sentence in zh-CN and en with its line, encoding or host filled in. The
 * files are written here; the line numbers come from how the test wrote them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { importFile, ImportError } from '../../../src/ingest';
import { fileFromAddress } from '../../../src/ingest/remote';
import { i18n } from '../../../src/i18n/i18n.svelte';
import { failureText, loadFailureTexts } from '../../../src/state/file-limits';
import { failureDetail } from '../../../src/state/failure-sentences';
import type { Locale } from '../../../src/i18n/format';

beforeAll(loadFailureTexts);

async function failure(bytes: Uint8Array, name = 'orders.csv', signal?: AbortSignal) {
  const e = await importFile(await openNodeDuckDB(), { name, bytes }, { signal }).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(ImportError);
  const err = e as ImportError;
  return { file: name, code: err.code, message: err.message, detail: failureDetail(err.detail) };
}

function textIn(locale: Locale, f: Parameters<typeof failureText>[0]): string {
  const before = i18n.locale;
  i18n.locale = locale;
  try {
    return failureText(f);
  } finally {
    i18n.locale = before;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('failure messages', () => {
  it('an empty file', async () => {
    const f = await failure(new Uint8Array(0));
    expect(textIn('zh-CN', f)).toBe('文件是空的。');
    expect(textIn('en', f)).toBe('the file is empty.');
  });

  it('a GBK character deep in a UTF-8 file names its line and the encoding to choose', async () => {
    // 3,000 good lines (the encoding is decided from the head), then on line 3,002 a GBK byte pair.
    const good = ['订单编号,日期,客户编码,价税合计', ...Array.from({ length: 3000 }, (_, i) => `SO-${i},2026-01-05,P1,100`)].join('\n');
    const bytes = new Uint8Array([...utf8(`${good}\nSO-X,2026-01-06,P`), 0xc4, 0xe3, ...utf8(',100\n')]);
    const f = await failure(bytes);
    expect(f.code).toBe('encoding');
    expect(textIn('zh-CN', f)).toMatch(/^第 3002 行不是有效的 UTF-8 文本：.*GBK/);
    expect(textIn('en', f)).toMatch(/^line 3002 is not valid UTF-8 text: .*GBK/);
  });

  it('a file with only a header and a totals row has no rows', async () => {
    const f = await failure(utf8('订单编号,日期,客户编码,价税合计\n合计,,,100\n'));
    expect(textIn('zh-CN', f)).toBe('表头下面没有数据行（空行、合计行等不算数据）。');
    expect(textIn('en', f)).toMatch(/^there are no data rows below the header/);
  });

  it('a cancelled import says the data already loaded is unchanged', async () => {
    const abort = new AbortController();
    abort.abort();
    const f = await failure(utf8('订单编号,日期,客户编码,价税合计\nSO-1,2026-01-05,P1,100\n'), 'orders.csv', abort.signal);
    expect(textIn('zh-CN', f)).toBe('导入已取消，已有数据保持不变。');
    expect(textIn('en', f)).toBe('the import was cancelled; the data already loaded is unchanged.');
  });

  it('a damaged Parquet file says it could not be read as Parquet', async () => {
    const f = await failure(new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 6, 7, 8, 0x50, 0x41, 0x52, 0x31]), 'orders.parquet');
    expect(f.code).toBe('malformed');
    expect(textIn('zh-CN', f)).toMatch(/^文件无法按 Parquet 读取（.+）。$/);
    expect(textIn('en', f)).toMatch(/^the file could not be read as Parquet \(.+\)\.$/);
  });

  it('an address that cannot be reached names its host', async () => {
    const e = await fileFromAddress(new URL('http://127.0.0.1:9/orders.parquet')).then(() => null, (x: unknown) => x) as ImportError;
    const f = { file: 'orders.parquet', code: e.code, message: e.message, detail: failureDetail(e.detail) };
    expect(textIn('zh-CN', f)).toMatch(/^无法访问 127\.0\.0\.1:9（/);
    expect(textIn('en', f)).toMatch(/^127\.0\.0\.1:9 could not be reached/);
  });

  it('anything without a sentence shows the error as written', () => {
    const f = { file: 'x.csv', code: 'failed', message: 'something odd' };
    expect(textIn('zh-CN', f)).toBe('something odd');
  });
});
