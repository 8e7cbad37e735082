import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../handbook';
import { LivelihoodProjectSchema } from '../schema';
import { livelihoodProject, satisfactionTest } from '../../__tests__/builders';
import {
  livelihoodCatalogue,
  livelihoodRules,
  sessionLabel,
  viewProject,
  withoutEmptyCounts,
  yearChoices,
  type LivelihoodRules,
} from '../project-view';

const make = (o: Record<string, unknown> = {}) => LivelihoodProjectSchema.parse(livelihoodProject(o));
const DEFAULT_RULES: LivelihoodRules = { passRule: 'majorityOfAll', satisfactionRule: 'atLeastHalf' };
const STAGES = {
  pointedOn: '2024-08-01',
  screenedOn: '2024-10-15',
  votedOn: '2024-12-20',
  publishedOn: '2025-01-05',
  acceptedOn: '2025-12-10',
};

describe('livelihoodRules', () => {
  it.each([
    ['no settings saved: the catalogue defaults', undefined, DEFAULT_RULES],
    ['no values of these two', { values: {} }, DEFAULT_RULES],
    [
      'the township chose the other rules',
      { values: { livelihoodPassRule: 'majorityOfPresent', satisfactionRule: 'moreThanHalf' } },
      { passRule: 'majorityOfPresent', satisfactionRule: 'moreThanHalf' },
    ],
    [
      'an unknown stored value falls back to the default',
      { values: { livelihoodPassRule: 'unanimous', satisfactionRule: 3 } },
      DEFAULT_RULES,
    ],
  ])('%s', (_, settings, rules) => {
    expect(livelihoodRules(settings, catalogue)).toEqual(rules);
    expect(livelihoodRules(settings, livelihoodCatalogue(catalogue))).toEqual(rules);
  });

  it('needs only the two settings of the catalogue', () => {
    const cut = livelihoodCatalogue(catalogue);
    expect(cut.settings.map((s) => s.key)).toEqual(['livelihoodPassRule', 'satisfactionRule']);
    expect(cut.duties).toEqual([]);
    expect(cut.version).toBe(catalogue.version);
  });
});

describe('viewProject', () => {
  it('shows nothing but the title before 群众点单', () => {
    expect(viewProject(make(), DEFAULT_RULES)).toEqual({
      stage: undefined,
      vote: undefined,
      grade: undefined,
      details: [],
      problems: [],
    });
  });

  it.each([
    [{ pointedOn: STAGES.pointedOn }, '群众点单', 1],
    [{ pointedOn: STAGES.pointedOn, screenedOn: STAGES.screenedOn }, '论证议单', 2],
    [{ ...STAGES, acceptance: satisfactionTest() }, '验收评单', 5],
  ])('of %j is at %s (%i of 5)', (o, label, position) => {
    const stage = viewProject(
      make({ ...o, tally: { inOffice: 60, yes: 45, no: 10, abstain: 5 } }),
      DEFAULT_RULES,
    ).stage;
    expect(stage).toMatchObject({ label, position });
  });

  // inOffice, yes, no, abstain, pass rule, label
  it.each([
    [60, 45, 10, 5, 'majorityOfAll', '通过'],
    [60, 25, 10, 5, 'majorityOfAll', '未通过'],
    [60, 25, 10, 5, 'majorityOfPresent', '通过'],
    [60, 30, 0, 0, 'majorityOfAll', '未通过'],
  ] as const)(
    '%i in office, %i yes, %i no, %i abstain under %s: %s',
    (inOffice, yes, no, abstain, passRule, label) => {
      const view = viewProject(make({ ...STAGES, tally: { inOffice, yes, no, abstain } }), {
        ...DEFAULT_RULES,
        passRule,
      });
      expect(view.vote).toEqual({
        passed: label === '通过',
        label,
        counts: [`在任${inOffice}人`, `赞成${yes}`, `反对${no}`, `弃权${abstain}`],
      });
    },
  );

  // entitled, satisfied, basic, satisfaction rule, label
  it.each([
    [40, 30, 6, 'atLeastHalf', '满意'],
    [40, 20, 0, 'atLeastHalf', '满意'],
    [40, 20, 1, 'moreThanHalf', '基本满意'],
    [40, 10, 5, 'atLeastHalf', '不满意'],
    [0, 0, 0, 'atLeastHalf', '无法评定'],
  ] as const)(
    'an acceptance of %i entitled, %i 满意, %i 基本满意 under %s: %s',
    (entitled, satisfied, basic, rule, label) => {
      const acceptance = { entitled, satisfied, basic, unsatisfied: 0, abstain: 0, published: true };
      const view = viewProject(make({ ...STAGES, acceptance }), { ...DEFAULT_RULES, satisfactionRule: rule });
      expect(view.grade).toMatchObject({ label, published: true });
      expect(view.grade?.counts).toEqual([
        `应参加${entitled}人`,
        `满意${satisfied}`,
        `基本满意${basic}`,
        '不满意0',
        '弃权或无效0',
      ]);
    },
  );

  it('words the published details', () => {
    const view = viewProject(
      make({ unit: '镇水利站', budgetWan: 12.5, dueDate: '2025-10-31' }),
      DEFAULT_RULES,
    );
    expect(view.details).toEqual(['实施单位：镇水利站', '预算12.5万元', '2025年10月31日前完成']);
  });

  it('lists the stage problems as sentences, without refusing the project', () => {
    const view = viewProject(
      make({
        ...STAGES,
        publishedOn: '2024-12-01',
        acceptedOn: undefined,
        tally: { inOffice: 60, yes: 45, no: 10, abstain: 5 },
      }),
      DEFAULT_RULES,
    );
    expect(view.problems).toEqual([
      '「公开晒单」的日期（2024年12月1日）早于「票决定单」的日期（2024年12月20日）',
    ]);
    expect(view.stage?.label).toBe('公开晒单');
  });
});

describe('withoutEmptyCounts', () => {
  const unfilled = {
    tally: { inOffice: undefined, yes: undefined, no: undefined, abstain: undefined },
    acceptance: {
      entitled: undefined,
      satisfied: undefined,
      basic: undefined,
      unsatisfied: undefined,
      abstain: undefined,
      published: false,
    },
  };
  it.each([
    ['leaves out groups nothing was filled in', { year: 2025, ...unfilled }, { year: 2025 }],
    [
      'keeps a partly filled tally for the schema to check',
      { tally: { ...unfilled.tally, yes: 45 } },
      { tally: { ...unfilled.tally, yes: 45 } },
    ],
    [
      'keeps an acceptance marked published',
      { acceptance: { ...unfilled.acceptance, published: true } },
      { acceptance: { ...unfilled.acceptance, published: true } },
    ],
    ['keeps absent groups absent', { year: 2025, tally: undefined }, { year: 2025, tally: undefined }],
  ])('%s', (_, input, output) => expect(withoutEmptyCounts(input)).toEqual(output));

  it('lets a 票决定单 without its counts be saved, to be warned about', () => {
    const input = withoutEmptyCounts({ ...livelihoodProject({ votedOn: '2024-12-20' }), ...unfilled });
    const parsed = LivelihoodProjectSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(viewProject(parsed.data!, DEFAULT_RULES).problems).toContain(
      '已记录「票决定单」，但没有记录表决票数',
    );
  });
});

describe('yearChoices', () => {
  it.each([
    [
      'no project: next year and the last six',
      { min: undefined, max: undefined },
      [2026, 2025, 2024, 2023, 2022, 2021, 2020],
    ],
    [
      'projects inside that span change nothing',
      { min: 2022, max: 2026 },
      [2026, 2025, 2024, 2023, 2022, 2021, 2020],
    ],
    [
      'older and later projects widen it',
      { min: 2018, max: 2027 },
      [2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018],
    ],
  ])('%s', (_, bounds, years) => expect(yearChoices(bounds, 2025)).toEqual(years));
});

describe('sessionLabel', () => {
  it.each([
    [{ number: 3, startDate: '2024-12-20' }, 7, '第七届第三次会议（2024年12月20日）'],
    [{ number: 12, startDate: '2026-01-08' }, 7, '第七届第十二次会议（2026年1月8日）'],
    [{ number: 1, startDate: '2021-05-10' }, undefined, '第一次会议（2021年5月10日）'],
  ])('%j of term %s is %s', (session, term, label) => expect(sessionLabel(session, term)).toBe(label));
});
