// The printable 代表名册: the deputies in 姓氏笔画 order with their personal fields, as one table
// of text that the page prints on A4 and downloads as .xlsx or CSV. Pure and tested; imports the
// stroke table, so only the roster page loads it.
import { DEPUTY_STATUSES, type Deputy } from './deputy';
import {
  COMPOSITIONS,
  EDUCATIONS,
  ETHNICITIES,
  GENDERS,
  POLITICAL_STATUS_SHORT,
  type PoliticalStatus,
} from './codes';
import { levelsText, ROSTER_COLUMNS, ROSTER_COLUMN_HINTS } from './sheet';
import { sortByStrokes } from './strokes';

/** The 代表名册's columns, in print order. */
export const ROSTER_PRINT_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '出生年月',
  '政治面貌',
  '文化程度',
  '代表构成',
  '代表层级',
  '选区',
  '工作单位及职务',
  '状态',
] as const;

/** The roster as rows of text, in 姓氏笔画 order, numbered from 1. */
export function rosterRows(deputies: readonly Deputy[]): string[][] {
  return sortByStrokes(deputies, (d) => d.name).map((d, i) => [
    String(i + 1),
    d.name,
    d.gender ? GENDERS[d.gender] : '',
    d.ethnicity ? ETHNICITIES[d.ethnicity] : '',
    d.birthMonth ? d.birthMonth.replace('-', '.') : '',
    d.politicalStatus ? POLITICAL_STATUS_SHORT[d.politicalStatus as PoliticalStatus] : '',
    d.education ? EDUCATIONS[d.education] : '',
    d.composition ? COMPOSITIONS[d.composition] : '',
    levelsText(d.levels),
    d.constituency ?? '',
    d.workUnit ?? '',
    DEPUTY_STATUSES[d.status],
  ]);
}

/** Which deputies a roster lists: those serving on a date (the default) or everyone registered. */
export function servingOn(deputies: readonly Deputy[], date: string): Deputy[] {
  return deputies.filter(
    (d) =>
      d.status !== 'ended' && d.serviceFrom <= date && (d.serviceTo === undefined || d.serviceTo >= date),
  );
}

/** The import template: the header row (required columns marked *) and a row of notes. */
export function templateRows(): string[][] {
  return [
    ROSTER_COLUMNS.map((c) => ('required' in c && c.required ? `${c.header}*` : c.header)),
    ROSTER_COLUMNS.map((c, i) => {
      const hint = ROSTER_COLUMN_HINTS[c.key] ?? '';
      return i === 0 ? `说明：${hint}（本行导入时跳过，可删除）` : hint;
    }),
  ];
}
