// Evaluators of the duties of chapter 5 (obligations.md): one function per duty id, plus the
// law duty on suggestion answers that chapter 5 scores.
import {
  formatChineseDate,
  isAfter,
  isWithin,
  maxDate,
  minDate,
  overlapDays,
  type DateRange,
  type IsoDate,
} from '../../dates';
import { OFFICER_ROLES, type ActivityKind, type Officer, type Suggestion } from '../../ledger';
import { answerDueDate } from '../../ledger/workflows/suggestion';
import {
  SATISFACTION_GRADES,
  SATISFACTION_RULES,
  satisfactionGrade,
  type SatisfactionRule,
} from '../../ledger/workflows/satisfaction';
import type { Duty } from '../../schemas/duty';
import { serviceRange, type EvaluationContext, type Evaluator } from '../context';
import { countStatus, deadlineStatus } from '../status';
import type { SubjectResult, Unit } from '../types';
import { countNote, deadlineNote, ref, shortText, TOWNSHIP, townshipCount } from './evidence-and-wording';

/** The part of a range a deputy served: yearly and term duties measure them only for it. */
function servedPart(range: DateRange, served: DateRange): DateRange {
  return { start: maxDate(range.start, served.start)!, end: minDate(range.end, served.end)! };
}

/** Whether two ranges share at least one day. */
const overlaps = (a: DateRange, b: DateRange) => overlapDays(a, b) > 0;

/** The unit's period for notes: a term or a year. */
const periodOf = (unit: Unit): 'year' | 'term' => (unit.kind === 'term' ? 'term' : 'year');

/**
 * Each measured deputy's count of activities of one kind they took part in over the unit, against
 * the duty's minimum; a deputy who left is judged on the part they served.
 */
function deputyCounts(
  duty: Duty,
  unit: Unit,
  ctx: EvaluationContext,
  kind: ActivityKind,
  what: string,
  countUnit = '次',
): SubjectResult[] {
  return ctx.measuredDeputies(unit.range).map((deputy) => {
    const served = servedPart(unit.range, serviceRange(deputy));
    const attended = ctx.activitiesOfDeputy(kind, deputy.id, unit.range);
    return {
      key: deputy.id,
      label: deputy.name,
      ...countStatus(attended.length, duty.target?.min ?? 1, served, ctx.asOf),
      note: countNote({
        range: served,
        asOf: ctx.asOf,
        period: periodOf(unit),
        what,
        count: attended.length,
        target: duty.target,
        unit: countUnit,
      }),
      evidence: attended.map((a) => ref('activities', a.id)),
    };
  });
}

/** The year of a yearly unit. */
const yearOf = (unit: Unit) => (unit.kind === 'year' ? unit.year : Number(unit.range.start.slice(0, 4)));

/** 13: a term training plan for the term in force and an annual training plan for the year. */
const trainingPlans: Evaluator = (_duty, unit, ctx) => {
  const terms = ctx.terms.filter((t) => overlaps({ start: t.startDate, end: ctx.termEnd(t) }, unit.range));
  if (terms.length === 0)
    return [
      {
        ...TOWNSHIP,
        status: 'unknown',
        note: '台账没有登记本年度所在的届次，无法判断是否有届内学习培训规划。',
        evidence: [],
      },
    ];
  const year = yearOf(unit);
  const inTerm = (date: IsoDate) =>
    terms.some((t) => isWithin(date, { start: t.startDate, end: ctx.termEnd(t) }));
  const termPlan = ctx.data.documents.find(
    (d) =>
      d.kind === 'termTrainingPlan' &&
      (d.termId ? terms.some((t) => t.id === d.termId) : inTerm(d.adoptedOn)),
  );
  const annualPlan = ctx.data.documents.find(
    (d) =>
      d.kind === 'annualTrainingPlan' &&
      (d.year !== undefined ? d.year === year : isWithin(d.adoptedOn, unit.range)),
  );
  const words = (found: typeof termPlan) =>
    found ? `已制定（${formatChineseDate(found.adoptedOn)}《${shortText(found.title, 24)}》）` : '未制定';
  return [
    {
      ...TOWNSHIP,
      ...countStatus(termPlan && annualPlan ? 1 : 0, 1, unit.range, ctx.asOf),
      note: `届内代表学习培训规划${words(termPlan)}；${year}年度代表学习培训计划${words(annualPlan)}。`,
      evidence: [termPlan, annualPlan].flatMap((d) => (d ? [ref('documents', d.id)] : [])),
    },
  ];
};

/** 13: each deputy attends at least 2 集中学习 in the term. */
const deputyTraining: Evaluator = (duty, unit, ctx) =>
  deputyCounts(duty, unit, ctx, 'training', '参加集中学习');

/** 14(3): each deputy takes part in at least 2 legislation activities a year. */
const legislationActivities: Evaluator = (duty, unit, ctx) =>
  deputyCounts(duty, unit, ctx, 'legislation', '参加立法相关工作或活动');

/** 14(3): at least 3 普法宣传 activities a year. */
const lawPopularization: Evaluator = (duty, unit, ctx) => [
  townshipCount(
    duty,
    unit,
    ctx,
    '组织代表开展普法宣传活动',
    ctx.activitiesIn('lawPopularization', unit.range),
  ),
];

/** 14(5): each deputy does at least 1 practical deed a year (力求: a normally duty). */
const practicalDeeds: Evaluator = (duty, unit, ctx) =>
  deputyCounts(duty, unit, ctx, 'practicalDeed', '为群众办实事或推动解决实际问题', '件');

/** 15(2): each deputy reports to the voters in the term, with a satisfaction test whose result is published. */
const reportToVoters: Evaluator = (_duty, unit, ctx) => {
  const rule = ctx.textSetting('satisfactionRule');
  const satisfactionRule: SatisfactionRule = Object.hasOwn(SATISFACTION_RULES, rule)
    ? (rule as SatisfactionRule)
    : 'atLeastHalf';
  return ctx.measuredDeputies(unit.range).map((deputy) => {
    const own = ctx.activitiesOfDeputy('voterReport', deputy.id, unit.range);
    const published = own.filter((r) => r.test?.published);
    const base = { key: deputy.id, label: deputy.name };
    const first = published[0];
    if (first) {
      const grade = first.test && satisfactionGrade(first.test, satisfactionRule);
      return {
        ...base,
        status: 'met' as const,
        note: `${formatChineseDate(first.date)}向原选区选民报告履职，满意度测评结果已公开${grade ? `（${SATISFACTION_GRADES[grade]}）` : ''}。`,
        evidence: published.map((r) => ref('activities', r.id)),
      };
    }
    const served = servedPart(unit.range, serviceRange(deputy));
    const tested = own.filter((r) => r.test);
    const why =
      own.length === 0
        ? '未向原选区选民报告履职'
        : tested.length === 0
          ? `已向选民报告履职${own.length}次，但没有进行满意度测评`
          : `已向选民报告履职${own.length}次，但满意度测评结果未公开`;
    const status = countStatus(0, 1, served, ctx.asOf);
    return {
      ...base,
      ...status,
      note: status.status === 'missed' ? `届内${why}。` : `截至${formatChineseDate(ctx.asOf)}，本届${why}。`,
      evidence: own.map((r) => ref('activities', r.id)),
    };
  });
};

/** The day a suggestion belongs to a period: its 交办, else its submission. */
const suggestionDate = (s: Suggestion) => s.assignedOn ?? s.submittedOn;

/** Suggestions that belong to a range. */
const suggestionsIn = (ctx: EvaluationContext, range: DateRange) =>
  ctx.data.suggestions.filter((s) => isWithin(suggestionDate(s), range));

/** A suggestion's label: its number and the start of its title. */
const suggestionLabel = (s: Suggestion) => `${s.number} ${shortText(s.title, 12)}`;

/** Officers of some roles whose time in office meets a range. */
const officersDuring = (ctx: EvaluationContext, roles: readonly Officer['role'][], range: DateRange) =>
  ctx.data.officers.filter(
    (o) => roles.includes(o.role) && overlaps({ start: o.from, end: o.to ?? '9999-12-31' }, range),
  );

/** 16(2): the party secretary supervises (督办) at least 1 suggestion a year. */
const secretarySupervises: Evaluator = (duty, unit, ctx) => {
  const secretaries = officersDuring(ctx, ['partySecretary'], unit.range);
  const secretaryIds = new Set(ctx.data.officers.filter((o) => o.role === 'partySecretary').map((o) => o.id));
  const supervised = suggestionsIn(ctx, unit.range).filter(
    (s) => s.supervisorOfficerId !== undefined && secretaryIds.has(s.supervisorOfficerId),
  );
  const names = [...new Set(secretaries.map((o) => o.name))].join('、');
  const base = { key: 'partySecretary', label: names ? `党委书记${names}` : '党委书记' };
  if (secretaries.length === 0 && supervised.length === 0)
    return [
      {
        ...base,
        status: 'unknown',
        note: '台账没有登记本年度在任的党委书记，请在“人员与职务”中登记。',
        evidence: [],
      },
    ];
  return [
    {
      ...base,
      ...countStatus(supervised.length, duty.target?.min ?? 1, unit.range, ctx.asOf),
      note: countNote({
        range: unit.range,
        asOf: ctx.asOf,
        period: 'year',
        what: '作为督办牵头人督办代表建议',
        count: supervised.length,
        target: duty.target,
        unit: '件',
      }),
      evidence: supervised.map((s) => ref('suggestions', s.id)),
    },
  ];
};

/**
 * 16(2): each 乡镇长 and 副乡镇长 in post during the year leads (领办) at least 1 suggestion. A
 * person with several office records in the year (a 副乡镇长 who became 乡镇长) is one subject,
 * judged on the days they were in post.
 */
const headsLead: Evaluator = (duty, unit, ctx) => {
  const heads = officersDuring(ctx, ['head', 'deputyHead'], unit.range);
  if (heads.length === 0)
    return [
      {
        key: 'heads',
        label: '乡镇长、副乡镇长',
        status: 'unknown',
        note: '台账没有登记本年度在任的乡镇长、副乡镇长，请在“人员与职务”中登记。',
        evidence: [],
      },
    ];
  const suggestions = suggestionsIn(ctx, unit.range);
  // Grouped by hand rather than with Map.groupBy, which older browsers in township offices lack.
  const people = new Map<string, Officer[]>();
  for (const o of heads) people.set(o.name, [...(people.get(o.name) ?? []), o]);
  return [...people.values()].map((records) => {
    const latest = records.reduce((a, b) => (isAfter(b.from, a.from) ? b : a));
    const ids = new Set(records.map((o) => o.id));
    const inPost = servedPart(unit.range, {
      start: minDate(...records.map((o) => o.from))!,
      end: records.some((o) => !o.to) ? '9999-12-31' : maxDate(...records.map((o) => o.to))!,
    });
    const led = suggestions.filter((s) => s.leadOfficerId !== undefined && ids.has(s.leadOfficerId));
    return {
      key: records[0]!.id,
      label: `${OFFICER_ROLES[latest.role]}${latest.name}`,
      ...countStatus(led.length, duty.target?.min ?? 1, inPost, ctx.asOf),
      note: countNote({
        range: inPost,
        asOf: ctx.asOf,
        period: 'year',
        what: '作为领办牵头人领办代表建议',
        count: led.length,
        target: duty.target,
        unit: '件',
      }),
      evidence: led.map((s) => ref('suggestions', s.id)),
    };
  });
};

/** 16(3): each answered suggestion has a 见面沟通 on or before its answer date. */
const faceToFace: Evaluator = (_duty, unit, ctx) =>
  suggestionsIn(ctx, unit.range).flatMap((s): SubjectResult[] => {
    const answeredOn = s.answeredOn;
    if (!answeredOn) return [];
    const met = s.faceToFaceOn !== undefined && !isAfter(s.faceToFaceOn, answeredOn);
    const answered = `${formatChineseDate(answeredOn)}答复`;
    const note = !s.faceToFaceOn
      ? `${answered}，没有记录见面沟通。`
      : `${formatChineseDate(s.faceToFaceOn)}见面沟通，${answered}${met ? '' : '，见面沟通晚于答复'}。`;
    return [
      {
        key: s.id,
        label: suggestionLabel(s),
        status: met ? 'met' : 'missed',
        note,
        evidence: [ref('suggestions', s.id)],
      },
    ];
  });

/**
 * 代表法 51: each assigned suggestion answered within the months of the settings (complex ones get
 * the longer term). The first answer decides (`firstAnsweredOn`): re-handling after an unsatisfied
 * evaluation starts no new clock. A re-handled record from before that field was kept has only
 * later dates (the new answer, or the evaluation that sent it back); the first answer came before
 * them, so it is met when they are in time and unknown otherwise.
 */
const suggestionAnswerDeadline: Evaluator = (_duty, unit, ctx) => {
  const settings = {
    suggestionAnswerMonths: ctx.numberSetting('suggestionAnswerMonths'),
    suggestionComplexAnswerMonths: ctx.numberSetting('suggestionComplexAnswerMonths'),
  };
  return ctx.data.suggestions.flatMap((s): SubjectResult[] => {
    const due = answerDueDate(s, settings);
    if (!s.assignedOn || !due || !isWithin(s.assignedOn, unit.range)) return [];
    const base = { key: s.id, label: suggestionLabel(s), evidence: [ref('suggestions', s.id)] };
    const complex = s.complex ? `（复杂建议，${settings.suggestionComplexAnswerMonths}个月）` : '';
    const start = `交办日${formatChineseDate(s.assignedOn)}${complex}`;
    if (!s.firstAnsweredOn && s.rehandledCount > 0) {
      const bound = s.answeredOn ?? s.evaluatedOn;
      if (bound && !isAfter(bound, due))
        return [
          {
            ...base,
            status: 'met',
            note: `${start}，应于${formatChineseDate(due)}前答复；经退回重新办理，首次答复早于${formatChineseDate(bound)}，按期。`,
          },
        ];
      return [
        {
          ...base,
          status: 'unknown',
          note: `${start}，已退回重新办理，台账未保留首次答复日期，无法判断是否按期。`,
        },
      ];
    }
    const answeredOn = s.firstAnsweredOn ?? s.answeredOn;
    const status = deadlineStatus(answeredOn, due, ctx.asOf);
    return [{ ...base, ...status, note: deadlineNote(start, due, '答复', answeredOn, status.status) }];
  });
};

export const EVALUATORS: Record<string, Evaluator> = {
  'art13-training-plans': trainingPlans,
  'art13-deputy-training': deputyTraining,
  'art14-legislation-activities': legislationActivities,
  'art14-law-popularization': lawPopularization,
  'art14-practical-deeds': practicalDeeds,
  'art15-report-to-voters': reportToVoters,
  'art16-secretary-supervises': secretarySupervises,
  'art16-heads-lead': headsLead,
  'art16-face-to-face': faceToFace,
  'law-suggestion-answer-deadline': suggestionAnswerDeadline,
};
