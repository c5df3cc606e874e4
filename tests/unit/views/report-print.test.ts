/** The printed report's running header: data text becomes CSS strings that cannot break out. */
import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, printPageCss } from '../../../src/views/report/print-css';

describe('print-css', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(cssString('区域：华东')).toBe('"区域：华东"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('x\ny')).toBe('"x\\a y"');
  });

  it('keeps a hostile filter value inside its string', () => {
    const css = printPageCss({ topLeft: '月度市场分析报告 · 2026年10月', topRight: '区域："} body { display: none } @page { x', bottomLeft: '渠道透视', pageTemplate: '第 {p} 页，共 {n} 页' });
    // Every quote in the output is either a delimiter or escaped: removing the strings leaves no data text.
    const outside = css.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(outside).not.toContain('display');
    expect(outside).not.toContain('区域');
    expect(css).toContain('@top-right { content: "区域：\\"} body { display: none } @page { x";');
  });

  it('puts the page counters where the template says', () => {
    expect(pageCounterContent('第 {p} 页，共 {n} 页')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(pageCounterContent('Page {p} of {n}')).toBe('"Page " counter(page) " of " counter(pages)');
  });
});
