import { describe, expect, it } from 'vitest';
import { deputy } from '../../__tests__/builders';
import { DeputySchema } from '../deputy';
import { toCsvRows } from '../../../utils/csv';
import { parseCsv } from '../csv';
import { rosterRows, servingOn, templateRows } from '../print';
import { checkRosterSheet } from '../sheet';

const parsed = (o: Record<string, unknown>) => DeputySchema.parse(deputy(o));

describe('rosterRows', () => {
  it('lists deputies in 姓氏笔画 order with their fields in Chinese', () => {
    const rows = rosterRows([
      parsed({ name: '张伟', gender: 'male', ethnicity: '01', birthMonth: '1970-05', politicalStatus: '01' }),
      parsed({ name: '丁一', education: 'bachelor', composition: 'farmer', levels: ['township', 'city'] }),
      parsed({ name: '王芳', gender: 'female', ethnicity: '15', politicalStatus: '13' }),
    ]);
    expect(rows.map((r) => r[1])).toEqual(['丁一', '王芳', '张伟']);
    expect(rows[0]).toEqual([
      '1',
      '丁一',
      '',
      '',
      '',
      '',
      '大学本科',
      '农民',
      '乡镇、湘乡市',
      '第三选区',
      '',
      '在任',
    ]);
    expect(rows[1]!.slice(0, 6)).toEqual(['2', '王芳', '女', '土家族', '', '群众']);
    expect(rows[2]!.slice(0, 6)).toEqual(['3', '张伟', '男', '汉族', '1970.05', '中共党员']);
  });

  it('lists only those serving on the date', () => {
    const all = [
      parsed({ name: '甲', serviceFrom: '2021-10-20' }),
      parsed({ name: '乙', serviceFrom: '2021-10-20', serviceTo: '2023-01-01', status: 'ended' }),
      parsed({ name: '丙', serviceFrom: '2026-01-01' }),
    ];
    expect(servingOn(all, '2025-06-30').map((d) => d.name)).toEqual(['甲']);
  });
});

describe('the template', () => {
  it('has Chinese headers and a notes row that the import skips', () => {
    const [header, notes] = templateRows();
    expect(header![0]).toBe('姓名*');
    expect(header).toContain('民族');
    expect(header).toContain('政治面貌');
    expect(notes![0]).toMatch(/^说明：/);
    const preview = checkRosterSheet(templateRows(), {
      stations: [],
      existing: [],
      newId: () => '00000000-0000-4000-8000-000000000001',
      now: '2026-12-07T00:00:00.000Z',
    });
    expect(preview.sheetProblems).toEqual(['表格中没有代表数据：请在列名下面逐行填写。']);
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas and line breaks, with a BOM and CRLF for Excel', () => {
    const rows = [
      ['姓名', '备注'],
      ['王芳', '含"引号", 逗号\n和换行'],
    ];
    // The roster is written by the project's one CSV writer and read back by parseCsv.
    const text = toCsvRows(rows[0]!, rows.slice(1));
    expect(text.startsWith('\uFEFF姓名,备注\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('writes a name Excel would run as a formula as text', () => {
    const text = toCsvRows(['姓名', '电话'], [['=HYPERLINK("http://x")', '@SUM(1)']]);
    expect(parseCsv(text)[1]).toEqual(['\'=HYPERLINK("http://x")', "'@SUM(1)"]);
  });

  it('reads a CSV saved by Excel without quotes or a last line break', () => {
    expect(parseCsv('姓名,民族\r\n李明,汉族')).toEqual([
      ['姓名', '民族'],
      ['李明', '汉族'],
    ]);
  });
});
