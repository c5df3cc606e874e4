import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/state/file-limits';

describe('formatSize', () => {
  it('says a size with two or three significant figures, in KB below 1 MB', () => {
    const MB = 2 ** 20;
    expect(formatSize(0)).toBe('0 KB');
    expect(formatSize(100)).toBe('1 KB');
    expect(formatSize(48 * 1024)).toBe('48 KB');
    expect(formatSize(1.25 * MB)).toBe('1.3 MB');
    expect(formatSize(500 * MB)).toBe('500 MB');
    expect(formatSize(1536 * MB)).toBe('1.5 GB');
  });
});
