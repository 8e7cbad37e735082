import { describe, expect, it } from 'vitest';
import { uuid } from '../../__tests__/builders';
import {
  checkRosterSheet,
  normaliseDate,
  normaliseMonth,
  ROSTER_COLUMNS,
  rosterDeputies,
  rowProblemsLine,
  type RosterContext,
  type SheetCell,
} from '../sheet';

const header = ROSTER_COLUMNS.map((c) => c.header);

/** A row in the template's column order from the fields given. */
function row(fields: Partial<Record<(typeof ROSTER_COLUMNS)[number]['key'], SheetCell>>): SheetCell[] {
  return ROSTER_COLUMNS.map((c) => fields[c.key] ?? null);
}

function context(o: Partial<RosterContext> = {}): RosterContext {
  let n = 100;
  return {
    stations: [{ id: uuid(5), name: '中心联络站' }],
    term: { id: uuid(2), startDate: '2021-10-20' },
    existing: [],
    newId: () => uuid(n++),
    now: '2026-12-07T02:00:00.000Z',
    ...o,
  };
}

describe('checkRosterSheet', () => {
  it('makes a deputy of each good row, codes from names, defaults from the term', () => {
    const preview = checkRosterSheet(
      [
        header,
        row({
          name: '王芳',
          gender: '女',
          ethnicity: '土家族',
          birthMonth: 1975.1,
          politicalStatus: '中共党员',
          education: '大学本科',
          composition: '农民',
          levels: '乡镇、湘乡市',
          station: '中心联络站',
          isLeaderCadre: '是',
          workUnit: '某村村委会主任',
          phone: '13800000000',
        }),
        row({
          name: '李明',
          ethnicity: '01',
          politicalStatus: '13',
          serviceFrom: new Date('2022-03-01T00:00:00Z'),
        }),
        row({}),
      ],
      context(),
    );
    expect(preview.sheetProblems).toEqual([]);
    expect(preview.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(preview.ready).toBe(true);
    const [wang, li] = rosterDeputies(preview);
    expect(wang).toMatchObject({
      name: '王芳',
      gender: 'female',
      ethnicity: '15',
      birthMonth: '1975-10',
      politicalStatus: '01',
      education: 'bachelor',
      composition: 'farmer',
      levels: ['township', 'city'],
      stationId: uuid(5),
      isLeaderCadre: true,
      termId: uuid(2),
      serviceFrom: '2021-10-20',
      status: 'active',
    });
    expect(li).toMatchObject({
      name: '李明',
      ethnicity: '01',
      politicalStatus: '13',
      serviceFrom: '2022-03-01',
    });
    expect(li!.gender).toBeUndefined();
  });

  it('lists each row’s problems in Chinese and is not ready while any row has one', () => {
    const preview = checkRosterSheet(
      [
        ['代表名册'],
        header,
        row({ name: '', gender: '女' }),
        row({ name: '赵强', gender: '男性', ethnicity: '汉人', birthMonth: '七五年', station: '不存在站' }),
        row({ name: '周敏', serviceFrom: '2021-13-01', levels: '县' }),
        row({ name: '周敏', politicalStatus: '党员' }),
        row({ name: '陈静', birthMonth: '1980-05' }),
      ],
      context({ existing: [{ name: '陈静', birthMonth: '1980-05' }] }),
    );
    expect(preview.ready).toBe(false);
    expect(preview.rows.map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
    expect(preview.rows[0]!.problems).toEqual(['请填写姓名']);
    expect(preview.rows[1]!.problems).toEqual([
      '性别“男性”不在“男、女”中',
      '民族“汉人”不在民族代码表（GB 3304）中',
      '没有名为“不存在站”的联络站：请先在“联络站”中登记，或留空',
      '出生年月应为“年-月”，如 1975-03',
    ]);
    expect(preview.rows[2]!.problems).toEqual([
      '代表层级“县”无法识别（可填：乡镇、湘乡市、湘潭市、湖南省、全国）',
      '任职日期：请填写有效日期（年-月-日）',
    ]);
    expect(preview.rows[3]!.problems).toEqual(['与第 5 行是同一人（姓名相同）']);
    expect(preview.rows[4]!.problems).toEqual([
      '名册中已有“陈静”：同一人不重复导入；如是同名的另一人，请填写出生年月区分',
    ]);
    expect(rowProblemsLine(preview.rows[3]!)).toBe('第 6 行（周敏）：与第 5 行是同一人（姓名相同）。');
    expect(rosterDeputies(preview)).toEqual([]);
  });

  it('refuses a sheet without a 姓名 column or without data', () => {
    expect(checkRosterSheet([['名字', '性别']], context()).sheetProblems).toEqual([
      '表格中找不到“姓名”列：请使用下载的模板，第一行为列名。',
    ]);
    expect(checkRosterSheet([header, row({})], context()).sheetProblems).toEqual([
      '表格中没有代表数据：请在列名下面逐行填写。',
    ]);
  });

  it('reads columns in any order, ignores unknown ones and the template’s notes row', () => {
    const preview = checkRosterSheet(
      [
        ['序号', '民族', '姓名*', '籍贯'],
        ['说明：…', '', '', ''],
        [1, '汉族', '刘洋', '湖南'],
      ],
      context(),
    );
    expect(preview.ignoredHeaders).toEqual(['籍贯']);
    expect(rosterDeputies(preview)).toMatchObject([{ name: '刘洋', ethnicity: '01' }]);
  });

  it('needs a 任职日期 when the ledger has no term', () => {
    const preview = checkRosterSheet([header, row({ name: '刘洋' })], context({ term: undefined }));
    expect(preview.rows[0]!.problems[0]).toBe('请填写任职日期（台账中还没有届次，无法取本届开始日期）');
  });
});

describe('normalising dates typed in a sheet', () => {
  it.each([
    ['2021-10-20', '2021-10-20'],
    ['2021/1/5', '2021-01-05'],
    ['2021.10.20', '2021-10-20'],
    ['2021年10月20日', '2021-10-20'],
    ['20/10/2021', '20/10/2021'],
  ])('%s → %s', (text, date) => expect(normaliseDate(text)).toBe(date));

  it.each([
    ['1975-03', '1975-03'],
    ['1975/3', '1975-03'],
    ['1975.03', '1975-03'],
    ['1975年3月', '1975-03'],
    ['197503', '1975-03'],
    [1975.03, '1975-03'],
    [1975.1, '1975-10'],
    [new Date('1975-03-01T00:00:00Z'), '1975-03'],
    ['三月', '三月'],
  ] as [SheetCell, string][])('%s → %s', (cell, month) => expect(normaliseMonth(cell)).toBe(month));
});
