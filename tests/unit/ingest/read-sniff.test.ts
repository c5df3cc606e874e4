/** Encoding detection, layout sniffing, header cleaning and the report CSV: pure functions, no DuckDB. */
import { describe, expect, it } from 'vitest';
import { cleanHeader } from '../../../src/ingest/names';
import { decodeText, detectEncoding, detectFormat, estimateLines, resolveEncoding, textHead, textTail } from '../../../src/ingest/read';
import { ImportError, emptyCounts, reportToCsv, type ImportReport } from '../../../src/ingest/report';
import { sniffLayout } from '../../../src/ingest/sniff';
import { encodeGbk, encodeUtf16, utf8 } from './fixtures';

const TEXT = '日期,客户,金额\n2024-01-05,华东科技,"1,234.50"\n';

describe('line estimate for the import bar', () => {
  it('counts the lines of a small file in every encoding, with or without a last line feed', () => {
    // 上 is U+4E0A: its UTF-16 units hold a 0x0A byte that is not a line feed.
    const text = '客户,金额\n上海,1\n上饶,2';
    for (const bytes of [utf8(text), utf8(`${text}\n`, true), encodeGbk(text), encodeUtf16(text, true), encodeUtf16(`${text}\n`, false)]) {
      expect(estimateLines(bytes, resolveEncoding(bytes))).toBe(3);
    }
    expect(estimateLines(utf8(''), resolveEncoding(utf8('a')))).toBe(0);
    // Windows line ends count once; an old Mac file breaks its lines with carriage returns alone.
    expect(estimateLines(utf8('a,b\r\n1,2\r\n3,4\r\n'), resolveEncoding(utf8('a')))).toBe(3);
    expect(estimateLines(utf8('a,b\r1,2\r3,4'), resolveEncoding(utf8('a')))).toBe(3);
  });

  it('scales the line feeds of the first part to the length of a large file', () => {
    // 40,000 lines of 25–29 bytes (an export's rows vary alike all through); the probe sees about 1/5 of them.
    const lines = Array.from({ length: 40_000 }, (_, i) => `SO${String(i).padStart(6, '0')},2024-01-05,${'x'.repeat(i % 5)},100`);
    const bytes = utf8(`${lines.join('\n')}\n`);
    const estimate = estimateLines(bytes, resolveEncoding(bytes), 256 * 1024);
    expect(Math.abs(estimate - 40_000)).toBeLessThan(400);
  });
});

describe('encoding', () => {
  it('detects BOMs, UTF-16 without BOM, UTF-8 and GBK', () => {
    expect(detectEncoding(utf8(TEXT, true))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(encodeUtf16(TEXT, true))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(encodeUtf16(TEXT, false))).toEqual({ encoding: 'utf-16be', bom: true });
    expect(detectEncoding(encodeUtf16('id,name\n1,a\n2,b\n', true, false))).toEqual({ encoding: 'utf-16le', bom: false });
    expect(detectEncoding(utf8(TEXT))).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(encodeGbk(TEXT))).toEqual({ encoding: 'gb18030', bom: false });
  });

  it('looks past a plain-ASCII head for the first non-ASCII byte', () => {
    const ascii = 'id,name\n' + '1,abc\n'.repeat(20_000);
    expect(detectEncoding(encodeGbk(`${ascii}2,华东\n`)).encoding).toBe('gb18030');
    expect(detectEncoding(utf8(`${ascii}2,华东\n`)).encoding).toBe('utf-8');
  });

  it('decodes every encoding to the same UTF-8 text, without the BOM', () => {
    for (const bytes of [utf8(TEXT), utf8(TEXT, true), encodeGbk(TEXT), encodeUtf16(TEXT, true), encodeUtf16(TEXT, false)]) {
      expect(new TextDecoder().decode(decodeText(bytes).utf8)).toBe(TEXT);
    }
  });

  it('passes UTF-8 through without copying', () => {
    const bytes = utf8(TEXT);
    expect(decodeText(bytes).utf8.buffer).toBe(bytes.buffer);
  });

  it('refuses empty, binary and workbook files, and encodings that do not fit', () => {
    const code = (f: () => unknown) => { try { f(); return null; } catch (e) { return (e as ImportError).code; } };
    expect(code(() => detectFormat(new Uint8Array()))).toBe('empty');
    expect(code(() => detectFormat(new Uint8Array([0x50, 0x4b, 3, 4])))).toBe('unsupported-format');
    expect(detectFormat(new Uint8Array([0x50, 0x41, 0x52, 0x31]))).toBe('parquet');
    expect(code(() => decodeText(new Uint8Array([1, 2, 0, 3, 200, 201, 0, 5])))).toBe('binary');
    expect(code(() => decodeText(encodeGbk(TEXT), 'utf-8'))).toBe('encoding');
    expect(code(() => decodeText(utf8(TEXT), 'utf-16be'))).toBe('encoding');
  });

  it('reads a head cut at a line end and a tail starting at one, in every encoding', () => {
    const text = `h1,h2\n${Array.from({ length: 3000 }, (_, i) => `${i},渠道${i}`).join('\n')}\n`;
    for (const bytes of [utf8(text), encodeGbk(text), encodeUtf16(text, true), encodeUtf16(text, false)]) {
      const info = resolveEncoding(bytes);
      const head = textHead(bytes, info, 4096);
      expect(head.complete).toBe(false);
      expect(text.startsWith(head.text)).toBe(true);
      expect(head.text.endsWith('\n')).toBe(true);
      const tail = textTail(bytes, info, 512);
      expect(text.endsWith(tail)).toBe(true);
      expect(text[text.length - tail.length - 1]).toBe('\n');
    }
  });
});

describe('layout', () => {
  it('finds the header below title and export-time lines', () => {
    const l = sniffLayout('销售出库单序时簿\n导出时间: 2024-07-01 10:00\n\n日期;客户编码;价税合计\n2024-01-05;001;100\n', true);
    expect(l).toMatchObject({ delimiter: ';', headerIndex: 3, titleLines: ['销售出库单序时簿', '导出时间: 2024-07-01 10:00', ''] });
    expect(l.labels).toEqual(['日期', '客户编码', '价税合计']);
  });

  it('picks the delimiter that splits lines consistently', () => {
    expect(sniffLayout('a\tb\tc\n1,5\t2\t3\n', true).delimiter).toBe('\t');
    expect(sniffLayout('a|b|c\n"x|y"|2|3\n', true).delimiter).toBe('|');
  });

  it('without known names, takes the first full-width row as the header', () => {
    const l = sniffLayout('Report\nfoo,bar,baz\n1,2,3\n', true);
    expect(l.headerIndex).toBe(1);
  });

  it('widens the layout when every data row ends with a delimiter', () => {
    expect(sniffLayout('日期,金额\n2024-01-05,1,\n2024-01-06,2,\n', true).headers).toHaveLength(3);
  });

  it('counts empty lines between data rows (row numbers after them are approximate)', () => {
    expect(sniffLayout('日期,金额\n2024-01-05,1\n\n2024-01-06,2\n\n', true).blankLines).toBe(1);
  });

  it('finds report footers in the tail', () => {
    const l = sniffLayout('Account Name,Amount\nA,1\n', false, 'A,1\n\n"Grand Totals (1 records)"\nConfidential Information - Do Not Distribute\n');
    expect(l.footer).toEqual(['Grand Totals (1 records)', 'Confidential Information - Do Not Distribute']);
  });
});

describe('header cleaning', () => {
  it('strips BOM, dotted prefixes and units, and keys case-, width- and punctuation-insensitively', () => {
    expect(cleanHeader('\uFEFF 销售订单行.价税合计 ')).toEqual({ label: '价税合计', key: '价税合计', scale: 1 });
    expect(cleanHeader('金额(万元)')).toMatchObject({ key: '金额', scale: 10000 });
    expect(cleanHeader('金额（单位：千元）')).toMatchObject({ key: '金额', scale: 1000 });
    expect(cleanHeader('Amount (K)')).toMatchObject({ key: 'amount', scale: 1000 });
    expect(cleanHeader('Amount ($M)').scale).toBe(1);
    expect(cleanHeader('ＡＣＣＯＵＮＴ　Ｎａｍｅ').key).toBe('accountname');
    expect(cleanHeader('Billing State/Province').key).toBe('billingstateprovince');
    expect(cleanHeader('No.').label).toBe('No.');
  });
});

describe('reportToCsv', () => {
  it('writes a BOM, quotes, and neutralises formulas', () => {
    const report = {
      file: 'a.csv', table: 'orders', skipped: [{ row: 3, reason: 'invalid-value', column: 'amount', value: '=HYPERLINK("x")' }],
      blanked: [{ row: 4, column: 'quantity', value: '-1+2' }], skippedCounts: emptyCounts(),
    } as unknown as ImportReport;
    const csv = reportToCsv(report);
    expect(csv.startsWith('\uFEFFfile,table,row,column,reason,value,row_kept\r\n')).toBe(true);
    expect(csv).toContain(`a.csv,orders,3,amount,invalid-value,"'=HYPERLINK(""x"")",no`);
    expect(csv).toContain(`a.csv,orders,4,quantity,invalid-value,'-1+2,yes`);
    expect(new ImportError('empty', 'x')).toBeInstanceOf(Error);
  });
});
