import { describe, expect, it } from 'vitest';
import { forms, formsOfArticle } from '../catalogue';
import { inlineKeys, parseInline, tableRows } from '../layout';
import { SOURCE_KEYS } from '../sources';
import { rules } from '../../handbook';
import { allArticles } from '../../rules/text';
import { ACTIVITY_KINDS, DOCUMENT_KINDS } from '../../ledger';

/** Every value key a form reads: fields, inline blanks, lists and table rows. */
function keysOf(form: (typeof forms)[number]) {
  const fields = new Set<string>();
  const lists = new Set<string>();
  const rows = new Set<string>();
  for (const key of inlineKeys(form.issuer ?? '')) fields.add(key);
  for (const section of form.sections) {
    if (section.type === 'fields') for (const f of section.fields) fields.add(f.key);
    if (section.type === 'text')
      for (const p of section.paragraphs) for (const k of inlineKeys(p)) fields.add(k);
    if (section.type === 'items' && section.key) lists.add(section.key);
    if (section.type === 'table') rows.add(section.key);
  }
  return { fields, lists, rows };
}

describe('the form catalogue', () => {
  it('has every form the rules make a township produce', () => {
    const titles = forms.map((f) => `${f.title}${f.subtitle ?? ''}`).join('\n');
    for (const name of [
      '会议通知',
      '主席团会议通知',
      '代表签到表',
      '主席团会议签到表',
      '会议议程（年度第一次会议）',
      '会议议程（年度第二次会议）',
      '主席团会议纪要',
      '代表资格审查委员会组成人员名单',
      '执法检查方案',
      '执法检查问题交办单',
      '整改情况评价表',
      '专项工作报告审议意见交办单',
      '视察调研报告',
      '工作评议满意度测评表',
      '代表建议登记表',
      '代表建议交办单',
      '关于代表建议的答复函',
      '代表建议办理征询意见表',
      '民生实事项目征集表',
      '民生实事候选项目表',
      '民生实事项目票决选票',
      '民生实事项目票决结果统计表',
      '民生实事项目公示',
      '民生实事项目验收评议表',
      '代表联络站接待群众登记表',
      '代表履职登记表',
      '代表述职评议满意度测评票',
      '代表述职评议满意度测评结果统计表',
      '向乡镇党委汇报人大工作提纲',
      '闭会期间年度工作要点',
      '年度代表学习培训计划',
      // Issue 14: the forms of elections, session papers, sign-ins and the work between sessions.
      '选票（选举乡镇人民代表大会主席、副主席）',
      '选票（选举乡镇长、副乡镇长）',
      '选票（补选）',
      '选举计票结果报告单',
      '补选计票结果报告单',
      '当选通知书',
      '表决票',
      '代表请假申请表',
      '代表请假审批登记表',
      '代表活动签到表',
      '列席人员签到表',
      '主席团成员名单（草案）',
      '选举办法（草案）',
      '总监票人、监票人、计票人名单（草案）',
      '关于×××的决议',
      '人民代表大会会议记录',
      '代表名单公告',
      '代表资格审查报告',
      '关于提请批准设立换届选举委员会的请示',
      '工作评议满意度测评结果统计表',
      '关于工作评议结果的报告',
      '代表建议办理见面沟通记录',
      '代表建议答复承诺事项清单',
      '代表为民办实事登记表',
      '预算初步审查意见',
      '关于报送规范性文件备案的报告',
      '代表联络站代表值班表',
    ])
      expect(titles).toContain(name);
    expect(forms.length).toBeGreaterThanOrEqual(55);
  });

  it('never says a draft was adopted, and counts a tally as 票决有效, not 选举有效', () => {
    const wording = (form: (typeof forms)[number]) =>
      form.sections
        .flatMap((s) => (s.type === 'text' ? s.paragraphs : s.type === 'items' ? s.items : []))
        .join('\n');
    for (const form of forms.filter((f) => f.subtitle?.includes('草案')))
      expect(wording(form), form.id).not.toMatch(/通过）/);
    expect(wording(forms.find((f) => f.id === 'livelihood-tally')!)).toContain('票决有效');
    expect(wording(forms.find((f) => f.id === 'livelihood-tally')!)).not.toContain('选举有效');
  });

  it('prints the 民生实事 ballot’s number to choose and the rule for too many 赞成 marks as common practice', () => {
    const ballot = forms.find((f) => f.id === 'livelihood-ballot')!;
    const text = ballot.sections.flatMap((s) => (s.type === 'text' ? s.paragraphs : [])).join('\n');
    expect(text).toMatch(/拟确定\{\{plannedCount:[^}]+\}\}项/);
    expect(text).toContain('划“赞成”的项目多于拟确定项数的');
    expect(text).toContain('常见做法');
    const tally = forms.find((f) => f.id === 'livelihood-tally')!;
    const keys = tally.sections.flatMap((s) => (s.type === 'fields' ? s.fields.map((f) => f.key) : []));
    expect(keys).toEqual(expect.arrayContaining(['deputiesPresent', 'ballotsValid', 'ballotsInvalid']));
  });

  it('has a sign-in sheet checked by a 核对人, never a 监票人', () => {
    for (const id of ['session-sign-in', 'activity-sign-in']) {
      const boxes = forms
        .find((f) => f.id === id)!
        .sections.flatMap((s) => (s.type === 'signatures' ? s.boxes.map((b) => b.label) : []));
      expect(boxes, id).toContain('核对人');
      expect(boxes, id).not.toContain('监票人');
    }
  });

  it('cites only items that exist in the rules', () => {
    const ids = new Set(allArticles(rules).flatMap((a) => a.blocks.map((b) => b.eId)));
    for (const form of forms)
      for (const ref of form.refs) expect(ids, `${form.id} cites ${ref}`).toContain(ref);
  });

  it.each(forms.filter((f) => f.source).map((f) => [f.id, f] as const))(
    '%s reads only values its source gives, or blanks for hand-writing',
    (_id, form) => {
      const { lists, rows } = keysOf(form);
      const given = SOURCE_KEYS[form.source!];
      // Fields the source does not give stay blank (hand-written), but lists and tables must be
      // real lists of the source, or explicitly blank tables.
      for (const list of lists) expect(given.lists as readonly string[]).toContain(list);
      const blankTables = [
        'appraisalItems',
        'voterReportItems',
        'attendees',
        'trainings',
        'visitors',
        'chairCandidates',
        'viceChairCandidates',
        'headCandidates',
        'deputyHeadCandidates',
        'candidates',
        'results',
        'scrutineers',
        'roster',
      ];
      for (const row of rows) expect([...given.rows, ...blankTables]).toContain(row);
      // A form filled from a record fills at least one of its fields.
      const { fields } = keysOf(form);
      expect([...fields].some((key) => (given.fields as readonly string[]).includes(key))).toBe(true);
    },
  );

  it('names only activity and document kinds the ledger has', () => {
    for (const form of forms) {
      for (const kind of form.activityKinds) expect(Object.keys(ACTIVITY_KINDS)).toContain(kind);
      for (const kind of form.documentKinds) expect(Object.keys(DOCUMENT_KINDS)).toContain(kind);
    }
  });

  it('lists an article’s forms with those whose main item is in it first', () => {
    const ofFive = formsOfArticle(forms, 5).map((f) => f.id);
    expect(ofFive).toEqual(
      expect.arrayContaining(['session-notice', 'session-sign-in', 'session-agenda-first']),
    );
    expect(ofFive.indexOf('session-notice')).toBeLessThan(ofFive.indexOf('livelihood-ballot'));
    expect(formsOfArticle(forms, 25)).toEqual([]);
  });
});

describe('layout helpers', () => {
  it.each([
    ['经{{township:乡镇名称:6}}研究', ['text', 'blank', 'text']],
    ['{{a:甲}}和{{b:乙:3}}', ['blank', 'text', 'blank']],
    ['没有空白', ['text']],
  ])('splits %s into text and blanks', (text, kinds) => {
    expect(parseInline(text).map((s) => s.kind)).toEqual(kinds);
  });

  it('gives a blank its width, 8 em by default', () => {
    expect(parseInline('{{a:甲}}{{b:乙:3}}')).toEqual([
      { kind: 'blank', key: 'a', label: '甲', width: 8 },
      { kind: 'blank', key: 'b', label: '乙', width: 3 },
    ]);
  });

  it.each([
    [{ perRow: 1, blankRows: 3 }, 0, [[0], [1], [2]]],
    [
      { perRow: 2, blankRows: 2 },
      0,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [
      { perRow: 2, blankRows: 2 },
      5,
      [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
    ],
    [{ perRow: 1, blankRows: 1 }, 2, [[0], [1]]],
  ])('lays out %o with %i entries', (section, entries, rows) => {
    expect(tableRows(section, entries)).toEqual(rows);
  });
});
