import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../domain/catalogue';
import { evaluate, type Evaluation } from '../../domain/compliance';
import { generateDemo } from '../../domain/demo/generate';
import type { LedgerData } from '../../domain/ledger';
import { answerDueDate } from '../../domain/ledger/workflows/suggestion';
import { ACTIVITY_KINDS } from '../../domain/ledger/activities/schema';
import {
  annualReportDraft,
  REPORTED_ACTIVITY_KINDS,
  type AnnualReportDraft,
} from '../../domain/office/annual-report';
import { renderDocx } from '../render-docx';
import { mm, readDocx, type DocxContents } from './docx-reader';

const YEAR = 2025;
const AS_OF = '2026-01-31';
let data: LedgerData;
let evaluation: Evaluation;
let draft: AnnualReportDraft;
let docx: DocxContents;

beforeAll(async () => {
  data = generateDemo();
  evaluation = evaluate({ data, catalogue, selection: { kind: 'year', year: YEAR }, asOf: AS_OF });
  draft = annualReportDraft({ data, catalogue, year: YEAR, asOf: AS_OF, evaluation });
  docx = await readDocx(await renderDocx(draft.document));
});

const value = (key: string) => draft.facts.find((f) => f.key === key)?.value;
const in2025 = (date: string | undefined) => date?.startsWith(`${YEAR}-`) ?? false;

describe('the 主席团年度工作报告（草稿） of the demo township for 2025', () => {
  it('counts what the records hold', () => {
    const acts = (kind: string) => data.activities.filter((a) => a.kind === kind && in2025(a.date));
    const suggestions = data.suggestions.filter((s) => in2025(s.submittedOn));
    const answered = suggestions.filter((s) => s.answeredOn && s.answeredOn <= AS_OF);
    const inspections = new Set(acts('lawInspection').map((a) => a.id));
    const expected: Record<string, number> = {
      sessions: data.sessions.filter((s) => in2025(s.startDate)).length,
      presidiumMeetings: data.presidiumMeetings.filter((m) => in2025(m.date)).length,
      'activities.lawInspection': acts('lawInspection').length,
      'activities.specialReport': acts('specialReport').length,
      'activities.training': acts('training').length,
      'activities.voterReport': acts('voterReport').length,
      'activities.stationReception': acts('stationReception').length,
      'stationReception.visitors': acts('stationReception').reduce((n, a) => n + (a.visitors ?? 0), 0),
      inspectionProblems: data.inspectionProblems.filter((p) => inspections.has(p.inspectionId)).length,
      suggestions: suggestions.length,
      'suggestions.answered': answered.length,
      'suggestions.answeredInTime': answered.filter((s) => s.answeredOn! <= answerDueDate(s)!).length,
      'suggestions.satisfied': suggestions.filter((s) => s.evaluation === 'satisfied').length,
      'livelihood.ofYear': data.livelihoodProjects.filter((p) => p.year === YEAR).length,
      'livelihood.accepted': data.livelihoodProjects.filter(
        (p) => p.year === YEAR && p.acceptedOn && p.acceptedOn <= AS_OF,
      ).length,
    };
    for (const [key, count] of Object.entries(expected)) {
      expect(count, `${key} in the demo`).toBeGreaterThan(0);
      expect(value(key), key).toBe(count);
    }
  });

  it('counts the duties not met as the engine does, and names each of them', () => {
    const short = evaluation.results.filter((r) => r.status === 'missed' || r.status === 'partial');
    expect(value('duties.short')).toBe(short.length);
    for (const r of short) expect(docx.text).toContain(catalogue.duties.find((d) => d.id === r.id)!.title);
  });

  it('states each number in the text and lists it with its records in the 数据来源 appendix', () => {
    const appendix = docx.tables.at(-1)!;
    expect(appendix[0]).toEqual(['序号', '数字', '数值', '统计口径', '台账记录']);
    expect(appendix.length).toBe(draft.facts.length + 1);
    draft.facts.forEach((f, i) => {
      expect(docx.text).toContain(`${f.value}${f.unit}`);
      expect(appendix[i + 1]![2]).toBe(`${f.value}${f.unit}`);
      if (f.records.length > 0) expect(appendix[i + 1]![4]!.split('\n').length).toBe(f.records.length);
    });
    expect(docx.paragraphs).toContain('数据来源');
  });

  it('is marked 草稿, cites 细则第五条第（二）项 and leaves 【】 places for the clerk', () => {
    expect(docx.paragraphs[0]).toBe('示例镇人民代表大会主席团工作报告');
    expect(docx.paragraphs).toContain('（草稿）');
    expect(docx.text).toContain('细则第五条第（二）项');
    expect(docx.text).toMatch(/【撰稿人补充：[^】]+】/);
    expect(docx.text).toContain(`${YEAR + 1}年工作安排`);
  });

  it('is A4 portrait with GB/T 9704 margins and page numbers', () => {
    expect(mm(docx.page.width)).toBeCloseTo(210, 0);
    expect(mm(docx.page.height)).toBeCloseTo(297, 0);
    expect(
      [docx.page.top, docx.page.bottom, docx.page.left, docx.page.right].map((t) => Math.round(mm(t))),
    ).toEqual([37, 35, 28, 26]);
    expect(docx.files).toContain('word/footer1.xml');
  });

  it('reports every kind of activity the ledger keeps', () => {
    const missing = Object.keys(ACTIVITY_KINDS).filter((kind) => !REPORTED_ACTIVITY_KINDS.has(kind as never));
    expect(missing).toEqual([]);
  });

  it('says so rather than inventing when the year has no records', () => {
    const empty = annualReportDraft({ data, catalogue, year: 2019, asOf: AS_OF, evaluation });
    const text = empty.document.blocks
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
      .join('\n');
    expect(text).toContain('台账中没有2019年召开人民代表大会会议的记录');
    expect(empty.facts.filter((f) => !f.key.startsWith('station:') && f.key !== 'duties.short')).toEqual([]);
  });
});
