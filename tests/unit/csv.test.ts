/**
 * CSV export for Chinese Excel: UTF-8 with a BOM, CRLF rows, RFC 4180 quoting, and text that
 * would start a formula neutralised with a leading apostrophe. Numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/ui/data-table/csv';

describe('csvCell: formula injection', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@a', "'@a"],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['-1', "'-1"], // text that looks like a negative number is still text
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('neutralises a leading tab and carriage return (a CR also needs quotes; a tab does not)', () => {
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves text alone when the dangerous character is not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('1+1')).toBe('1+1');
    expect(csvCell('x@y.com')).toBe('x@y.com');
  });

  it('keeps negative NUMBERS as numbers', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(-1234.5)).toBe('-1234.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1e21)).toBe('1e+21');
  });

  it('writes non-finite numbers, null and undefined as empty cells', () => {
    expect([csvCell(Number.NaN), csvCell(Infinity), csvCell(null), csvCell(undefined)]).toEqual(['', '', '', '']);
  });
});

describe('csvCell: quoting', () => {
  it('quotes commas, quotes (doubled), newlines and CR', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes leading or trailing spaces so Excel keeps them', () => {
    expect(csvCell(' 华东')).toBe('" 华东"');
    expect(csvCell('华东 ')).toBe('"华东 "');
  });

  it('passes Chinese text through unchanged', () => {
    expect(csvCell('上海联创数码科技有限公司')).toBe('上海联创数码科技有限公司');
    expect(csvCell('华东，华南')).toBe('华东，华南'); // a full-width comma is not a separator
    expect(csvCell('华东,华南')).toBe('"华东,华南"');
  });

  it('writes booleans and other values as text', () => {
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, separates rows with CRLF and ends with one', () => {
    const csv = toCsv(['伙伴', '销售额', '变化'], [['上海联创', 1234.5, -200], ['=cmd|calc', -0.5, '-x']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFF伙伴,销售额,变化\r\n上海联创,1234.5,-200\r\n'=cmd|calc,-0.5,'-x\r\n");
  });

  it('encodes to UTF-8 bytes with the EF BB BF mark Excel looks for', () => {
    const bytes = new TextEncoder().encode(toCsv(['区域'], [['华东']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('区域\r\n华东\r\n');
  });

  it('neutralises formulas in headers too', () => {
    expect(toCsv(['=1+1'], [])).toBe("\uFEFF'=1+1\r\n");
  });
});
