// 民生实事: projects through the five stages (五单, 第二十条), with the ballot's result and the
// acceptance grade judged by the township's own rules (settings), and stages out of order flagged.
import { siteUrl } from '../../site-url';
import { dateParts, formatChineseDate, today } from '../../../domain/dates';
import { isProjectOverdue } from '../../../domain/ledger/todo';
import type { LivelihoodProject } from '../../../domain/ledger';
import type { Catalogue } from '../../../domain/schemas/duty';
import {
  livelihoodRules,
  sessionLabel,
  viewProject,
  withoutEmptyCounts,
  yearChoices,
  type LivelihoodProjectView,
  type LivelihoodRules,
} from '../../../domain/ledger/livelihood/project-view';
import { VOTE_PASS_RULES } from '../../../domain/ledger/workflows/livelihood';
import { SATISFACTION_RULES } from '../../../domain/ledger/workflows/satisfaction';
import { readSettings } from '../../../storage/queries/settings';
import { records } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import type { FieldSpec, FormValues, Option } from '../../kit/form-model';
import { RecordListPage, type Column } from '../../kit/RecordListPage';
import './livelihood.css';
import '../../kit/overdue.css';
import { PrintLinks } from '../forms/PrintLinks';

/** A township holds a few sessions a year; this many covers several terms. */
const SESSIONS_SHOWN = 200;

/** Settings, sessions and the span of recorded years, kept live. */
function useLivelihoodReferences(catalogue: Catalogue) {
  const { data } = useLiveQuery(async () => {
    const projects = records('livelihoodProjects');
    const first = { offset: 0, limit: 1, index: 'year' } as const;
    const [settings, sessions, terms, oldest, newest] = await Promise.all([
      readSettings(),
      records('sessions').page({
        offset: 0,
        limit: SESSIONS_SHOWN,
        index: 'startDate',
        reverse: true,
      }),
      records('terms').page({ offset: 0, limit: 100, index: 'number' }),
      projects.page(first),
      projects.page({ ...first, reverse: true }),
    ]);
    const termNumber = new Map(terms.rows.map((t) => [t.id, t.number]));
    return {
      rules: livelihoodRules(settings, catalogue),
      sessions: sessions.rows.map((s): Option => ({
        value: s.id,
        label: sessionLabel(s, termNumber.get(s.termId)),
      })),
      bounds: { min: oldest.rows[0]?.year, max: newest.rows[0]?.year },
    };
  }, [catalogue]);
  return data;
}

const filled = (name: string) => (values: FormValues) => String(values[name] ?? '').trim() !== '';
const voted = filled('votedOn');
const accepted = filled('acceptedOn');

function projectFields(sessions: readonly Option[]): FieldSpec[] {
  return [
    {
      name: 'year',
      label: '实施年度',
      kind: 'number',
      required: true,
      hint: '一般在上一年第二次人代会上票决',
    },
    { name: 'title', label: '项目名称', kind: 'text', required: true },
    { name: 'unit', label: '实施单位', kind: 'text' },
    { name: 'budgetWan', label: '预算（万元）', kind: 'number', step: 0.01 },
    { name: 'dueDate', label: '承诺完成日期', kind: 'date' },
    { name: 'pointedOn', label: '群众点单日期', kind: 'date', hint: '征集群众意见、形成项目库' },
    { name: 'screenedOn', label: '论证议单日期', kind: 'date', hint: '政府论证后提出候选项目' },
    { name: 'votedOn', label: '票决定单日期', kind: 'date', hint: '人代会无记名投票票决' },
    { name: 'sessionId', label: '票决的人代会', kind: 'select', options: sessions, when: voted },
    {
      name: 'tally.inOffice',
      label: '在任代表数',
      kind: 'number',
      when: voted,
      hint: '票决时本乡镇在任的人大代表人数',
    },
    { name: 'tally.yes', label: '赞成票数', kind: 'number', when: voted },
    { name: 'tally.no', label: '反对票数', kind: 'number', when: voted },
    { name: 'tally.abstain', label: '弃权票数', kind: 'number', when: voted },
    { name: 'publishedOn', label: '公开晒单日期', kind: 'date', hint: '公布项目、实施单位、预算和完成时限' },
    { name: 'acceptedOn', label: '验收评单日期', kind: 'date', hint: '代表视察验收并进行满意度测评' },
    {
      name: 'acceptance.entitled',
      label: '应参加测评人数',
      kind: 'number',
      when: accepted,
      hint: '验收满意度测评应参加的人数',
    },
    { name: 'acceptance.satisfied', label: '满意票数', kind: 'number', when: accepted },
    { name: 'acceptance.basic', label: '基本满意票数', kind: 'number', when: accepted },
    { name: 'acceptance.unsatisfied', label: '不满意票数', kind: 'number', when: accepted },
    { name: 'acceptance.abstain', label: '弃权或无效票数', kind: 'number', when: accepted },
    { name: 'acceptance.published', label: '测评结果已公开', kind: 'checkbox', when: accepted },
    { name: 'supervised', label: '主席团重点督办（第二十条第（二）项）', kind: 'checkbox' },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
}

/** Counts as a line that wraps between counts, never inside one. */
function Counts({ counts, after = '' }: { counts: readonly string[]; after?: string }) {
  return (
    <span class="livelihood-details">
      {counts.map((count, i) => (
        <span class="livelihood-count" key={i}>
          {count}
          {i < counts.length - 1 ? '，' : after}
        </span>
      ))}
    </span>
  );
}

function projectColumns(rules: LivelihoodRules): Column<LivelihoodProject>[] {
  // Each column draws one part of the row's view; compute it once per record.
  const views = new WeakMap<LivelihoodProject, LivelihoodProjectView>();
  const viewOf = (p: LivelihoodProject) => {
    let view = views.get(p);
    if (!view) views.set(p, (view = viewProject(p, rules)));
    return view;
  };
  return [
    { label: '年度', class: 'livelihood-year', render: (p) => `${p.year}年` },
    {
      label: '项目名称',
      class: 'livelihood-project',
      render: (p) => {
        const { details } = viewOf(p);
        return (
          <>
            <span class="livelihood-title">{p.title}</span>
            {isProjectOverdue(p, today()) && (
              <span class="badge badge-overdue livelihood-page-overdue">已超期</span>
            )}
            {details.length > 0 && <span class="livelihood-details">{details.join('，')}</span>}
          </>
        );
      },
    },
    {
      label: '当前环节',
      class: 'livelihood-current',
      render: (p) => {
        const { stage } = viewOf(p);
        if (!stage) return <span class="livelihood-muted">尚未点单</span>;
        return (
          <>
            <span class="livelihood-stage">
              {stage.label}
              <span class="livelihood-muted">（{stage.position}/5）</span>
            </span>
            <span class="livelihood-details">{formatChineseDate(stage.date)}</span>
          </>
        );
      },
    },
    {
      label: '票决结果',
      class: 'livelihood-counts',
      render: (p) => {
        const { vote } = viewOf(p);
        if (!vote) return <span class="livelihood-muted">未票决</span>;
        return (
          <>
            <span class={vote.passed ? 'livelihood-pass' : 'livelihood-fail'}>{vote.label}</span>
            <Counts counts={vote.counts} />
          </>
        );
      },
    },
    {
      label: '验收测评',
      class: 'livelihood-counts',
      render: (p) => {
        const { grade } = viewOf(p);
        if (!grade) return <span class="livelihood-muted">未测评</span>;
        return (
          <>
            <span class={grade.grade === 'unsatisfied' ? 'livelihood-fail' : 'livelihood-grade'}>
              {grade.label}
            </span>
            <Counts counts={grade.counts} after={grade.published ? '；已公开' : '；未公开'} />
          </>
        );
      },
    },
    {
      label: '督办',
      class: 'livelihood-year',
      render: (p) => (p.supervised ? <span class="badge">督办</span> : ''),
    },
    {
      label: '问题',
      class: 'livelihood-problem-cell',
      render: (p) => {
        const { problems } = viewOf(p);
        if (problems.length === 0) return '';
        return (
          <ul class="livelihood-problems">
            {problems.map((message) => (
              <li key={message}>
                <span aria-hidden="true">⚠ </span>
                {message}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
}

function Intro({ rules }: { rules: LivelihoodRules }) {
  return (
    <div class="livelihood-intro">
      <p>
        民生实事按“五单”流程推进：群众点单 → 论证议单 → 票决定单 → 公开晒单 →
        验收评单（细则第二十条）。各环节的日期先后不符或缺少票数、测评结果时仍可保存，“问题”一栏会提示。
      </p>
      <p>
        本乡镇现行规则：票决时赞成票{VOTE_PASS_RULES[rules.passRule]}为通过；验收测评以
        {SATISFACTION_RULES[rules.satisfactionRule]}为满意。可在
        <a href={siteUrl('/ledger/settings/')}>设置</a>中修改。
      </p>
    </div>
  );
}

/**
 * The 民生实事 island. `catalogue` is the duty catalogue's part this page reads (see
 * livelihoodCatalogue), handed over by the Astro page at build time.
 */
export function LivelihoodPage({ catalogue }: { catalogue: Catalogue }) {
  const references = useLivelihoodReferences(catalogue);
  if (!references) return <p aria-busy="true">正在读取台账…</p>;
  const currentYear = dateParts(today()).year;
  return (
    <RecordListPage
      config={{
        table: 'livelihoodProjects',
        noun: '民生实事',
        fields: projectFields(references.sessions),
        columns: projectColumns(references.rules),
        defaults: (filter) => ({ year: filter ? Number(filter.value) : currentYear, supervised: false }),
        sort: { index: 'year', reverse: true },
        filters: [
          {
            label: '实施年度',
            index: 'year',
            options: yearChoices(references.bounds, currentYear).map((y) => ({
              value: String(y),
              label: `${y}年`,
            })),
            parse: Number,
          },
        ],
        describe: (p: LivelihoodProject) => `${p.year}年 ${p.title}`,
        rowActions: (p: LivelihoodProject) => (
          <>
            <PrintLinks source="livelihoodProject" record={p.id} />
            <PrintLinks source="livelihoodYear" record={String(p.year)} />
          </>
        ),
        intro: <Intro rules={references.rules} />,
        // An untouched tally or acceptance group is absent, not a group of empty counts.
        adapter: {
          toEditable: (record) => record,
          save: (input, repo) => repo.put(withoutEmptyCounts(input)),
        },
      }}
    />
  );
}
