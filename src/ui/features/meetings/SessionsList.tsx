// 人代会: the township congress's sessions, with attendance and its quorum, agenda, votes and absences.
import { siteUrl } from '../../site-url';
import { AGENDA_ITEMS, type Deputy, type Session } from '../../../domain/ledger';
import {
  AGENDA_HINT,
  AGENDA_SHORT_LABELS,
  approvesBudget,
  missingAgendaItems,
  sessionOrdinalInYear,
} from '../../../domain/ledger/meetings/agenda';
import { sessionQuorum } from '../../../domain/ledger/meetings/quorum';
import {
  nextSessionNumber,
  repeatedUnapprovedAbsences,
  sessionFormExtras,
  sessionInputFromForm,
} from '../../../domain/ledger/meetings/session-form';
import { sessionTitle } from '../../../domain/ledger/meetings/titles';
import { VOTE_LINE_EXAMPLE } from '../../../domain/ledger/meetings/votes';
import { deputiesInOfficeOn } from '../../../domain/forms/sources';
import type { FieldSpec, Option } from '../../kit/form-model';
import { RecordListPage, type FormAdapter, type RecordListConfig } from '../../kit/RecordListPage';

import { useSessionsData } from './use-meetings-data';
import { PrintLinks } from '../forms/PrintLinks';

const agendaOptions = Object.entries(AGENDA_ITEMS).map(([value, label]) => ({ value, label }));

/** Deputies as options; a name shared by two deputies gets the constituency (or start date) added. */
function deputyOptions(deputies: readonly Deputy[]): Option[] {
  const seen = new Map<string, number>();
  for (const d of deputies) seen.set(d.name, (seen.get(d.name) ?? 0) + 1);
  return deputies.map((d) => ({
    value: d.id,
    label: (seen.get(d.name) ?? 0) > 1 ? `${d.name}（${d.constituency ?? `${d.serviceFrom}起`}）` : d.name,
  }));
}

/** The session form's adapter; blank head counts are derived from the roster and the absentees. */
const sessionAdapter = (deputies: readonly Deputy[]): FormAdapter<'sessions'> => ({
  toEditable: (record) => ({ ...record, ...sessionFormExtras(record as Partial<Session>) }),
  async save(input, repo) {
    const form = sessionInputFromForm(input, (date) => deputiesInOfficeOn(deputies, date).length);
    if (form.ok) return repo.put(form.input);
    return {
      ok: false,
      reason: 'invalid',
      issues: form.issues,
      message: `${repo.label}未保存：${Object.values(form.issues).join('；')}。`,
    };
  },
});

/** The session form: term and number, dates, attendance, agenda, votes and absences. */
function sessionFields(termOptions: readonly Option[], deputies: readonly Option[]): FieldSpec[] {
  const noDeputies = deputies.length === 0 ? '代表名册中还没有乡镇人大代表，登记后可在此勾选。' : undefined;

  return [
    { name: 'termId', label: '届次', kind: 'select', options: termOptions, required: true },
    { name: 'number', label: '第几次会议', kind: 'number', required: true, hint: '本届的第几次会议，如 1' },
    { name: 'startDate', label: '开幕日期', kind: 'date', required: true },
    {
      name: 'lengthDays',
      label: '会期（天）',
      kind: 'number',
      step: 0.5,
      required: true,
      hint: '按半天计，可填 0.5 的倍数，如 1 或 1.5；第五条要求不少于 1 天',
    },
    {
      name: 'deputiesInOffice',
      label: '在任代表数',
      kind: 'number',
      hint: '开幕当日在任的本级人大代表人数；留空则按代表名册中开幕当日在任的乡镇人大代表自动计算',
    },
    {
      name: 'deputiesPresent',
      label: '出席代表数',
      kind: 'number',
      hint: '须达到在任代表的三分之二（地方组织法第十四条）；留空则按在任代表数减去下面勾选的缺席代表计算',
    },
    { name: 'agenda', label: '议程', kind: 'multiselect', options: agendaOptions, hint: AGENDA_HINT },
    { name: 'otherAgenda', label: '其他议程', kind: 'lines', hint: '上面没有列出的议程，每行一项' },
    {
      name: 'preliminaryReviewDate',
      label: '预算初步审查日期',
      kind: 'date',
      hint: '会前组织代表对预算草案进行初步审查的日期（第四条第（十一）项）',
    },
    {
      name: 'votesText',
      label: '表决结果',
      kind: 'rows',
      columns: [
        { label: '表决事项', kind: 'text' },
        { label: '赞成', kind: 'number' },
        { label: '反对', kind: 'number' },
        { label: '弃权', kind: 'number' },
      ],
      // A stored vote line (“事项 赞成 反对 弃权”) splits from its end: the subject may hold spaces.
      split: (line) => {
        const match = /^(.*?)\s+(\S+)\s+(\S+)\s+(\S+)$/.exec(line.trim());
        return match ? match.slice(1) : [line, '', '', ''];
      },
      join: (cells) => cells.map((cell) => cell || '?').join(' '),
      hint: `每项表决一行，如“${VOTE_LINE_EXAMPLE}”；票数填人数`,
    },
    {
      name: 'absentWithoutLeave',
      label: '未经批准缺席的代表',
      kind: 'multiselect',
      options: deputies,
      hint: noDeputies ?? '代表未经批准两次不出席本级人代会的，代表资格终止（代表法第六十二条）',
    },
    {
      name: 'absentOnLeave',
      label: '请假的代表',
      kind: 'multiselect',
      options: deputies,
      ...(noDeputies ? { hint: noDeputies } : {}),
    },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
}

/** The sessions' list, form and quorum marks. */
export function SessionsList() {
  const data = useSessionsData();
  const terms = data?.terms ?? [];
  const sessions = data?.sessions ?? [];
  const deputies = deputyOptions(data?.deputies ?? []);
  const termNumber = (id: string) => terms.find((t) => t.id === id)?.number;
  const title = (s: Pick<Session, 'termId' | 'number'>) => sessionTitle(termNumber(s.termId), s.number);
  const deputyName = (id: string) => deputies.find((d) => d.value === id)?.label ?? '（已删除的代表）';
  const termOptions = terms.map((t) => ({
    value: t.id,
    label: `第${t.number}届（${t.startDate.slice(0, 4)}年起）`,
  }));
  const fields = sessionFields(termOptions, deputies);

  const flagged = repeatedUnapprovedAbsences(sessions);
  const intro = (
    <div class="meetings-intro">
      <p>
        每年一般举行两次会议（第五条第（一）项）。出席代表须达到在任代表的三分之二，列表据此标出是否达到法定人数；议程一栏按第五条第（二）项核对当年第一次、第二次会议的必备议程。
      </p>
      {data && terms.length === 0 && (
        <p class="notice" role="status">
          还没有登记届次。请先到<a href={siteUrl('/ledger/')}>台账首页</a>
          建立台账，或在“乡镇与届次”页登记届次。
        </p>
      )}
      {flagged.length > 0 && (
        <p class="notice notice-warning" role="status">
          以下代表在同一届内已有两次以上未经批准缺席，依代表法第六十二条代表资格终止，请核实并办理：
          {flagged
            .map((f) => `${deputyName(f.deputyId)}（第${termNumber(f.termId) ?? '?'}届，${f.count}次）`)
            .join('、')}
          。
        </p>
      )}
    </div>
  );

  const config: RecordListConfig<'sessions'> = {
    table: 'sessions',
    noun: '人代会',
    fields,
    loading: data === undefined,
    defaults: () => {
      const termId = terms.at(-1)?.id;
      return termId
        ? { termId, number: nextSessionNumber(sessions, termId), lengthDays: 1 }
        : { lengthDays: 1 };
    },
    sort: { index: 'startDate', reverse: true },
    describe: title,
    rowActions: (s) => (
      <PrintLinks
        source="session"
        record={s.id}
        only={[
          'session-notice',
          'session-sign-in',
          s.startDate.slice(5) < '07' ? 'session-agenda-first' : 'session-agenda-second',
        ]}
      />
    ),
    intro,
    columns: [
      { label: '届次/会次', render: (s) => <span class="nowrap">{title(s)}</span> },
      { label: '开幕日期', render: (s) => <span class="nowrap">{s.startDate}</span> },
      {
        label: '会期',
        render: (s) => (
          <>
            {s.lengthDays}天{s.lengthDays < 1 && <span class="badge mark-short">少于1天</span>}
          </>
        ),
      },
      { label: '出席/在任', render: (s) => <Attendance session={s} deputyName={deputyName} /> },
      { label: '议程', render: (s) => <Agenda session={s} sessions={sessions} /> },
    ],
  };
  return <RecordListPage config={{ ...config, adapter: sessionAdapter(data?.deputies ?? []) }} />;
}

/** Present over in office, the quorum mark, and the absences. */
function Attendance({ session, deputyName }: { session: Session; deputyName: (id: string) => string }) {
  const quorum = sessionQuorum(session);
  const withoutLeave = session.absences.filter((a) => !a.approved).map((a) => deputyName(a.deputyId));
  const onLeave = session.absences.filter((a) => a.approved).length;
  return (
    <>
      {session.deputiesPresent === undefined && session.deputiesInOffice === undefined ? (
        <span class="muted">{quorum.label}</span>
      ) : (
        <>
          {session.deputiesPresent ?? '?'} / {session.deputiesInOffice ?? '?'}
          <span class={`badge mark-${quorum.status}`}>{quorum.label}</span>
        </>
      )}
      {(onLeave > 0 || withoutLeave.length > 0) && (
        <div class="cell-note">
          {onLeave > 0 && `请假${onLeave}人`}
          {onLeave > 0 && withoutLeave.length > 0 && '；'}
          {withoutLeave.length > 0 && `未经批准缺席：${withoutLeave.join('、')}`}
        </div>
      )}
    </>
  );
}

/** The number of agenda items, what the year's first or second session lacks, and the budget review. */
function Agenda({ session, sessions }: { session: Session; sessions: readonly Session[] }) {
  const ordinal = sessionOrdinalInYear(sessions, session);
  const missing = missingAgendaItems(session.agenda, ordinal);
  const count = session.agenda.length + session.otherAgenda.length;
  const which = ordinal === 1 ? '年度第一次会议' : ordinal === 2 ? '年度第二次会议' : undefined;
  return (
    <>
      {count}项{which && missing.length === 0 && <div class="cell-note">{which}，必备议程齐全</div>}
      {which && missing.length > 0 && (
        <div class="cell-note cell-warning">
          {which}，缺：{missing.map((item) => AGENDA_SHORT_LABELS[item]).join('、')}
        </div>
      )}
      {approvesBudget(session.agenda) &&
        (session.preliminaryReviewDate ? (
          <div class="cell-note">
            预算初审：<span class="nowrap">{session.preliminaryReviewDate}</span>
          </div>
        ) : (
          <div class="cell-note cell-warning">未记录预算初步审查</div>
        ))}
    </>
  );
}
