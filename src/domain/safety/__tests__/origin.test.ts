import { describe, expect, it } from 'vitest';
import { INSECURE_ORIGIN_MISSING, originKind } from '../origin';

describe('originKind', () => {
  it('tells HTTPS and localhost, a plain-HTTP intranet address and a file apart', () => {
    expect(originKind({ protocol: 'https:', secure: true })).toBe('secure');
    expect(originKind({ protocol: 'http:', secure: true })).toBe('secure'); // localhost
    expect(originKind({ protocol: 'http:', secure: false })).toBe('insecure-http');
    expect(originKind({ protocol: 'file:', secure: false })).toBe('file');
  });

  it('names the three things a plain-HTTP origin takes away', () => {
    expect(INSECURE_ORIGIN_MISSING.map((m) => m.label)).toEqual(['多标签页保护', '持久存储', '离线使用']);
  });
});
