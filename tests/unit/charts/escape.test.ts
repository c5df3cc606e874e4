import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/charts/options/escape';

describe('escapeHtml', () => {
  it('neutralises markup', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });
  it('escapes ampersands first and quotes of both kinds', () => {
    expect(escapeHtml('A&B &lt;')).toBe('A&amp;B &amp;lt;');
    expect(escapeHtml(`"It's"`)).toBe('&quot;It&#39;s&quot;');
    expect(escapeHtml('`x`')).toBe('&#96;x&#96;');
  });
  it('leaves Chinese text alone and stringifies non-strings', () => {
    expect(escapeHtml('华东·上海（一级）')).toBe('华东·上海（一级）');
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });
});
