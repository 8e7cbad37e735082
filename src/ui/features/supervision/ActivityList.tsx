// The supervision activities of 第八条至第十二条, one kind at a time, newest first, with the status
// each kind's duties turn on: an inspection's problems, a report's preceding visit and answered
// opinions, an appraisal's report to the party committee, a fiscal visit's timing.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ACTIVITY_KINDS, type Activity, type InspectionProblem } from '../../../domain/ledger';
import {
  appraisalStatus,
  checkReportVisit,
  fiscalVisitStatus,
  opinionsStatus,
  problemsSummaryStatus,
  reportVisitLabel,
  summarizeProblems,
  SUPERVISION_KINDS,
  visitProblemsStatus,
} from '../../../domain/ledger/supervision';
import type { FieldSpec, FormValues, Option } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { OpinionsEditor, ProblemsEditor, TestEditor, type DetailEditing } from './DetailEditors';
import { PrintLinks } from '../forms/PrintLinks';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import { activityOptions, type SupervisionData } from './use-supervision-data';

const kindOptions: Option[] = SUPERVISION_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KINDS[kind] }));
const isKind = (kind: string) => (values: FormValues) => values['kind'] === kind;

/** A status line: a mark that does not rely on colour, then the words; no mark when neutral. */
function Status({ ok, children }: { ok: boolean | undefined; children: string }) {
  if (ok === undefined) return <span class="status">{children}</span>;
  return (
    <span class={ok ? 'status status-ok' : 'status status-warn'}>
      <span aria-hidden="true">{ok ? '✓ ' : '! '}</span>
      {children}
    </span>
  );
}

interface ActivityListProps {
  data: SupervisionData;
  deputies: Option[];
  /** Shows the problems of an inspection in the list below. */
  onShowProblems: (inspectionId: string) => void;
}

/** The activity form: kind, date, topic, deputies, and the fields of each kind. */
function activityFields(data: SupervisionData, deputies: readonly Option[]): FieldSpec[] {
  const windowDays = data.reportVisitWindowDays;
  return [
    { name: 'kind', label: '活动类型', kind: 'select', options: kindOptions, required: true },
    { name: 'date', label: '日期', kind: 'date', required: true },
    { name: 'topic', label: '主题', kind: 'text', required: true },
    { name: 'deputyIds', label: '参加代表', kind: 'multiselect', options: deputies },
    {
      name: 'participants',
      label: '参加人数',
      kind: 'number',
      hint: '包括列席和邀请的人员；只有上面勾选的代表参加时可不填',
    },
    {
      name: 'linkedActivityIds',
      label: '报告前的视察、调研',
      kind: 'multiselect',
      options: activityOptions(data.reportVisits),
      hint: `勾选为这次报告所做的视察或调研，报告前${windowDays}天内的才算数（第九条第（二）项）。代表意见在保存后点列表中的“意见与答复”记录。`,
      when: isKind('specialReport'),
    },
    {
      name: 'reportedToPartyOn',
      label: '评议结果报党委日期',
      kind: 'date',
      hint: '尚未报告的不填（第十一条第（二）项）',
      when: isKind('appraisal'),
    },
    {
      name: 'reportedToSessionId',
      label: '向哪次人代会报告',
      kind: 'select',
      options: data.sessionOptions,
      hint: '满意度测评在保存后点列表中的“满意度测评”记录',
      when: isKind('appraisal'),
    },
    {
      name: 'outsideSession',
      label: '在闭会期间进行（第十二条第（三）项）',
      kind: 'checkbox',
      when: isKind('fiscalProjectVisit'),
    },
    {
      name: 'projectId',
      label: '视察的民生实事项目',
      kind: 'select',
      options: data.projectOptions,
      when: isKind('fiscalProjectVisit'),
    },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
}

/** The 情况 column: what each kind's duties turn on, from the page's data. */
function activityStatus(data: SupervisionData): (a: Activity) => ComponentChildren {
  const windowDays = data.reportVisitWindowDays;
  // Not Map.groupBy: older Chromium builds in 360 and QQ browsers lack it.
  const problemsOf = new Map<string, InspectionProblem[]>();
  for (const p of data.problems) {
    const list = problemsOf.get(p.inspectionId);
    if (list) list.push(p);
    else problemsOf.set(p.inspectionId, [p]);
  }

  return (a: Activity): ComponentChildren => {
    switch (a.kind) {
      case 'lawInspection': {
        const summary = summarizeProblems(
          problemsOf.get(a.id) ?? [],
          a.date,
          data.asOf,
          data.settings?.values,
        );
        const { ok, text } = problemsSummaryStatus(summary);
        return <Status ok={ok}>{text}</Status>;
      }
      case 'specialReport': {
        const visit = reportVisitLabel(
          checkReportVisit(a, (id) => data.activityById.get(id), windowDays),
          windowDays,
        );
        const opinions = opinionsStatus(a.opinions);
        return (
          <>
            <Status ok={visit.ok}>{visit.text}</Status>
            <Status ok={opinions.ok}>{opinions.text}</Status>
          </>
        );
      }
      case 'appraisal': {
        const { ok, parts } = appraisalStatus(a, data.satisfactionRule);
        return <Status ok={ok}>{parts.join('，')}</Status>;
      }
      case 'inspectionVisit':
      case 'research': {
        const { ok, text } = visitProblemsStatus(
          a.problems,
          a.date,
          data.asOf,
          data.visitProblemFeedbackDays,
        );
        return <Status ok={ok}>{text}</Status>;
      }
      case 'fiscalProjectVisit': {
        const { ok, parts } = fiscalVisitStatus(a, a.projectId && data.projectTitle.get(a.projectId));
        return <Status ok={ok}>{parts.join('：')}</Status>;
      }
      default:
        return '—';
    }
  };
}

/** The row's button of its kind: 意见与答复, 满意度测评, 收集的问题 or 查看问题. */
function KindAction({
  activity: a,
  readOnly,
  onOpen,
  onShowProblems,
}: {
  activity: Activity;
  readOnly: string | undefined;
  onOpen: (form: DetailEditing['form']) => void;
  onShowProblems: (inspectionId: string) => void;
}) {
  const open = (form: DetailEditing['form']) => () => onOpen(form);
  if (a.kind === 'specialReport')
    return (
      <button type="button" {...writeControl(readOnly, open('opinions'))}>
        意见与答复
      </button>
    );
  if (a.kind === 'appraisal')
    return (
      <button type="button" {...writeControl(readOnly, open('test'))}>
        满意度测评
      </button>
    );
  if (a.kind === 'inspectionVisit' || a.kind === 'research')
    return (
      <button type="button" {...writeControl(readOnly, open('problems'))}>
        收集的问题
      </button>
    );
  if (a.kind === 'lawInspection')
    return (
      <button type="button" onClick={() => onShowProblems(a.id)}>
        查看问题
      </button>
    );
  return null;
}

/** The open detail form of a row: opinions and answers, collected problems, or a satisfaction test. */
function DetailEditor({
  detail,
  feedbackDays,
  onDone,
}: {
  detail: DetailEditing;
  feedbackDays: number;
  onDone: (message: string) => void;
}) {
  return (
    <>
      {detail.form === 'opinions' && (
        <OpinionsEditor key={detail.activity.id} activity={detail.activity} onDone={onDone} />
      )}
      {detail.form === 'problems' && (
        <ProblemsEditor
          key={detail.activity.id}
          activity={detail.activity}
          windowDays={feedbackDays}
          onDone={onDone}
        />
      )}
      {detail.form === 'test' && (
        <TestEditor key={detail.activity.id} activity={detail.activity} onDone={onDone} />
      )}
    </>
  );
}

/** The list and form of supervision activities. */
export function ActivityList({ data, deputies, onShowProblems }: ActivityListProps) {
  const [detail, setDetail] = useState<DetailEditing>();
  const [notice, setNotice] = useState('');
  const readOnly = useReadOnlyReason();

  const config = useMemo((): RecordListConfig<'activities'> => {
    const status = activityStatus(data);

    return {
      table: 'activities',
      noun: '监督活动',
      fields: activityFields(data, deputies),
      defaults: (filter) => ({ kind: filter?.value ?? SUPERVISION_KINDS[0], outsideSession: true }),
      sort: { index: 'date', reverse: true },
      filters: [{ label: '监督类型', index: 'kind', required: true, options: kindOptions }],
      describe: (a) => `${a.date} ${a.topic}`,
      columns: [
        { label: '日期', render: (a) => <span class="nowrap">{a.date}</span> },
        { label: '主题', render: (a) => a.topic },
        {
          label: '参加代表',
          render: (a) => (
            <>
              <span class="nowrap">{a.deputyIds.length}名</span>
              {a.participants !== undefined && <span class="nowrap muted">（共{a.participants}人）</span>}
            </>
          ),
        },
        { label: '情况', render: status },
      ],
      rowActions: (a) => (
        <>
          <KindAction
            activity={a}
            readOnly={readOnly}
            onOpen={(form) => {
              setNotice('');
              setDetail({ form, activity: a });
            }}
            onShowProblems={onShowProblems}
          />
          <PrintLinks source="activity" record={a.id} kind={a.kind} />
        </>
      ),
      intro: (
        <>
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          {detail && (
            <DetailEditor
              detail={detail}
              feedbackDays={data.visitProblemFeedbackDays}
              onDone={(message) => {
                setDetail(undefined);
                setNotice(message);
              }}
            />
          )}
        </>
      ),
    };
  }, [data, deputies, detail, notice, onShowProblems, readOnly]);

  return <RecordListPage config={config} />;
}
