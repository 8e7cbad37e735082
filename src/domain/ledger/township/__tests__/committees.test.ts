import { describe, expect, it } from 'vitest';
import { checkCommitteeSize } from '../committees';

describe('checkCommitteeSize', () => {
  it.each([
    [[], false, '委员0人，少于3人'],
    [['王芳', '刘洋'], false, '委员2人，少于3人'],
    [['王芳', '刘洋', '陈静'], true, '委员3人，符合3—5人'],
    [['王芳', '刘洋', '陈静', '李四', '赵五'], true, '委员5人，符合3—5人'],
    [['王芳', '刘洋', '陈静', '李四', '赵五', '钱六'], false, '委员6人，多于5人'],
    [['王芳', '王芳', '刘洋'], false, '委员2人，少于3人'], // a name written twice counts once
  ])('%j', (memberNames, ok, text) => {
    expect(checkCommitteeSize({ memberNames })).toEqual({ ok, count: expect.any(Number), text });
  });
});
