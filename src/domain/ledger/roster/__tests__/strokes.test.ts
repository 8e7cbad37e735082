import { describe, expect, it } from 'vitest';
import { compareByStrokes, sortByStrokes, strokeCount, strokesOf } from '../strokes';

describe('stroke data', () => {
  // Counts as printed in any dictionary (and Unihan's kTotalStrokes for these simplified forms).
  it.each([
    ['丁', 2],
    ['卜', 2],
    ['马', 3],
    ['于', 3],
    ['王', 4],
    ['文', 4],
    ['邓', 4],
    ['叶', 5],
    ['田', 5],
    ['刘', 6],
    ['朱', 6],
    ['李', 7],
    ['张', 7],
    ['陈', 7],
    ['吴', 7],
    ['邱', 7],
    ['周', 8],
    ['罗', 8],
    ['赵', 9],
    ['胡', 9],
    ['郭', 10],
    ['黄', 11],
    ['曾', 12],
    ['彭', 12],
    ['谭', 14],
    ['黎', 15],
    ['魏', 17],
  ])('%s has %i strokes', (char, count) => {
    expect(strokeCount(char)).toBe(count);
  });

  it('knows the shapes of the strokes in writing order', () => {
    expect(strokesOf('王')).toBe('1121'); // 横 横 竖 横
    expect(strokesOf('丁')).toBe('12'); // 横 竖钩
    expect(strokesOf('文')).toBe('4134'); // 点 横 撇 捺
    expect(strokesOf('a')).toBeUndefined();
  });
});

describe('姓氏笔画 order', () => {
  it('orders by stroke count first, not by pinyin', () => {
    const names = ['张伟', '王芳', '李娜', '丁一', '陈静', '黄磊', '马明', '赵强'];
    expect(sortByStrokes(names, (n) => n)).toEqual([
      '丁一',
      '马明',
      '王芳',
      '李娜',
      '张伟',
      '陈静',
      '赵强',
      '黄磊',
    ]);
  });

  it('breaks a tie in stroke count by the first stroke: 横 before 竖 before 撇 before 点 before 折', () => {
    // 7 strokes each: 李 starts with 横, 吴 with 竖, 何 with 撇, 沈 with 点, 张 and 陈 with 折.
    expect(sortByStrokes(['张三', '沈三', '何三', '吴三', '李三'], (n) => n)).toEqual([
      '李三',
      '吴三',
      '何三',
      '沈三',
      '张三',
    ]);
  });

  it('compares the given name when the surnames are the same, and a shorter name first', () => {
    expect(compareByStrokes('王一', '王二')).toBeLessThan(0);
    expect(compareByStrokes('王小', '王小明')).toBeLessThan(0);
    expect(compareByStrokes('王芳', '王芳')).toBe(0);
  });

  it('puts characters without stroke data after known ones', () => {
    expect(compareByStrokes('Smith', '丁一')).toBeGreaterThan(0);
  });
});
