// 乡镇与届次: the township's name, its terms (with the 2-month first-session check of 地方组织法
// 20), the officers over time, presidium membership and the credentials committee of each term.
import { siteUrl } from '../../site-url';
import type { ComponentChildren } from 'preact';
import { today } from '../../../domain/dates';
import type { CredentialsCommittee, PresidiumMember, Term } from '../../../domain/ledger';
import { checkCommitteeSize, linkCommitteeIds } from '../../../domain/ledger/township/committees';
import { presidiumOn, presidiumQuorum } from '../../../domain/ledger/township/presidium';
import { checkFirstSession, type FirstSessionStatus } from '../../../domain/ledger/township/terms';
import { records } from '../../../storage/queries/records';
import { presidiumMembers } from '../../../storage/queries/township';
import { useLiveQuery } from '../../kit/use-live-query';
import type { FieldSpec, Option } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import { DateSpan, NoWrap } from '../settings/cells';
import { Check, type CheckTone } from '../settings/Check';
import { OfficersList } from '../settings/OfficersList';
import { termLabel, useAdminReferences, type AdminReferences } from '../settings/use-settings-data';
import '../settings/admin.css';

const FIRST_SESSION_TONE: Record<FirstSessionStatus, { tone: CheckTone; word: string }> = {
  met: { tone: 'ok', word: '符合' },
  late: { tone: 'flag', word: '超期' },
  missed: { tone: 'flag', word: '未记录' },
  pending: { tone: 'open', word: '待召开' },
  unknown: { tone: 'unknown', word: '无法判断' },
};

/** A section of the page, a landmark named by its heading. */
function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="admin-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function termsConfig(refs: AdminReferences, now: string): RecordListConfig<'terms'> {
  const fields: FieldSpec[] = [
    { name: 'number', label: '届次', kind: 'number', required: true, hint: '第七届填 7' },
    {
      name: 'electionDate',
      label: '代表选举日期',
      kind: 'date',
      hint: '组织法第二十条：新一届第一次会议在代表选出后2个月内召开',
    },
    {
      name: 'startDate',
      label: '本届开始日期',
      kind: 'date',
      required: true,
      hint: '一般为第一次会议开幕日',
    },
    { name: 'endDate', label: '本届结束日期', kind: 'date', hint: '届满前不填' },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
  return {
    table: 'terms',
    noun: '届次',
    fields,
    defaults: () => ({ number: (refs.terms[0]?.number ?? 0) + 1 }),
    sort: { index: 'startDate', reverse: true },
    describe: (t: Term) => termLabel(t),
    columns: [
      { label: '届次', render: (t) => <NoWrap>{termLabel(t)}</NoWrap> },
      { label: '选举日期', render: (t) => <NoWrap>{t.electionDate ?? '未填'}</NoWrap> },
      { label: '届期', render: (t) => <DateSpan from={t.startDate} to={t.endDate} /> },
      {
        label: '第一次会议',
        render: (t) => {
          const check = checkFirstSession(t, refs.sessions, now);
          const { tone, word } = FIRST_SESSION_TONE[check.status];
          return (
            <Check tone={tone} word={word}>
              {check.text}
            </Check>
          );
        },
      },
      { label: '备注', render: (t) => t.note ?? '' },
    ],
  };
}

function presidiumConfig(
  refs: AdminReferences,
  deputies: readonly Option[],
): RecordListConfig<'presidiumMembers'> {
  const latest = refs.terms[0];
  return {
    table: 'presidiumMembers',
    noun: '主席团成员',
    fields: [
      { name: 'termId', label: '届次', kind: 'select', options: refs.termOptions, required: true },
      { name: 'name', label: '姓名', kind: 'text', required: true },
      { name: 'deputyId', label: '对应的代表', kind: 'select', options: deputies },
      { name: 'from', label: '起始日期', kind: 'date', required: true, hint: '当选或补选之日' },
      { name: 'to', label: '终止日期', kind: 'date', hint: '仍是成员的不填' },
    ],
    defaults: () => ({ termId: latest?.id, from: latest?.startDate }),
    sort: { index: 'from' },
    describe: (m: PresidiumMember) => m.name,
    columns: [
      { label: '届次', render: (m) => <NoWrap>{termLabel(refs.termById.get(m.termId))}</NoWrap> },
      { label: '姓名', render: (m) => <NoWrap>{m.name}</NoWrap> },
      { label: '起始日期', render: (m) => <NoWrap>{m.from}</NoWrap> },
      { label: '终止日期', render: (m) => <NoWrap>{m.to ?? ''}</NoWrap> },
    ],
  };
}

function committeeConfig(
  refs: AdminReferences,
  deputies: Option[],
  presidium: readonly PresidiumMember[],
): RecordListConfig<'credentialsCommittees'> {
  // People are chosen, not typed: the record keeps their ids (the engine matches ids, so a
  // namesake is never taken for a member) and their names as printed.
  const presidiumOptions = presidium.map((m) => ({
    value: m.id,
    label: `${m.name}（${termLabel(refs.termById.get(m.termId))}）`,
  }));
  const presidiumName = new Map(presidium.map((m) => [m.id, m.name]));
  const deputyName = new Map(deputies.map((d) => [d.value, d.label]));
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    table: 'credentialsCommittees',
    noun: '资格审查委员会',
    fields: [
      { name: 'termId', label: '届次', kind: 'select', options: refs.termOptions, required: true },
      {
        name: 'chairId',
        label: '主任委员',
        kind: 'select',
        options: presidiumOptions,
        required: true,
        hint: '须为本届主席团成员（在上方“主席团成员”中登记）',
      },
      {
        name: 'viceChairId',
        label: '副主任委员',
        kind: 'select',
        options: presidiumOptions,
        required: true,
        hint: '须为本届主席团成员',
      },
      {
        name: 'memberIds',
        label: '委员',
        kind: 'multiselect',
        options: deputies,
        hint: '第七条：委员3—5人，均为本届代表',
      },
      {
        name: 'approvedSessionId',
        label: '通过委员会名单的会议',
        kind: 'select',
        options: refs.sessionOptions,
        hint: '一般为本届第一次会议',
      },
      { name: 'note', label: '备注', kind: 'textarea' },
    ],
    defaults: () => ({ termId: refs.terms[0]?.id, memberIds: [] }),
    sort: { index: 'termId' },
    describe: (c: CredentialsCommittee) => `${termLabel(refs.termById.get(c.termId))}代表资格审查委员会`,
    adapter: {
      // A committee saved before ids were kept: its people found by their (unique) names.
      toEditable: (record) => {
        const c = record as CredentialsCommittee;
        return c.id && c.chairName
          ? linkCommitteeIds(c, {
              presidiumMembers: presidium,
              deputies: deputies.map((d) => ({ id: d.value, name: d.label })),
            })
          : record;
      },
      save: async (input, repo) => {
        const memberIds = Array.isArray(input['memberIds']) ? (input['memberIds'] as string[]) : [];
        const result = await repo.put({
          ...input,
          chairName: presidiumName.get(text(input['chairId'])) ?? '',
          viceChairName: presidiumName.get(text(input['viceChairId'])) ?? '',
          memberNames: memberIds.map((id) => deputyName.get(id) ?? ''),
          memberIds,
        });
        if (result.ok || result.reason !== 'invalid') return result;
        // Messages about the names belong beside the fields that chose them.
        const moved: Record<string, string> = {};
        for (const [path, message] of Object.entries(result.issues))
          moved[path === 'chairName' ? 'chairId' : path === 'viceChairName' ? 'viceChairId' : path] = message;
        return { ...result, issues: moved };
      },
    },
    columns: [
      { label: '届次', render: (c) => <NoWrap>{termLabel(refs.termById.get(c.termId))}</NoWrap> },
      { label: '主任委员', render: (c) => <NoWrap>{c.chairName}</NoWrap> },
      { label: '副主任委员', render: (c) => <NoWrap>{c.viceChairName}</NoWrap> },
      { label: '委员', render: (c) => c.memberNames.join('、') },
      {
        label: '通过的会议',
        render: (c) => {
          const s = c.approvedSessionId ? refs.sessionById.get(c.approvedSessionId) : undefined;
          return s ? `第${s.number}次会议（${s.startDate}）` : '未填';
        },
      },
      {
        label: '委员人数（3—5人）',
        render: (c) => {
          const check = checkCommitteeSize(c);
          return (
            <Check tone={check.ok ? 'ok' : 'flag'} word={check.ok ? '符合' : '不符合'}>
              {check.text}
            </Check>
          );
        },
      },
    ],
  };
}

/** Presidium members today and the attendance a meeting needs. */
function PresidiumSummary({ now }: { now: string }) {
  const { data } = useLiveQuery(
    () => records('presidiumMembers').page({ offset: 0, limit: 1000, index: 'from' }),
    [],
  );
  if (!data) return null;
  const count = presidiumOn(data.rows, now).length;
  return (
    <p class="admin-lead">
      {count > 0
        ? `今天在任的主席团成员 ${count} 人；主席团会议须过半数出席，即至少 ${presidiumQuorum(count)} 人（第六条）。`
        : '今天没有在任的主席团成员记录；不记录成员，就无法判断主席团会议是否达到法定人数。'}
      成员变动时，给离任者填上终止日期，再新增补选的成员。
    </p>
  );
}

/** The 乡镇与届次 island. */
export function TownshipPage() {
  const refs = useAdminReferences();
  const { deputies } = useReferenceOptions();
  const presidium = useLiveQuery(() => presidiumMembers(), []).data ?? [];
  const now = today();
  if (!refs) return <p aria-busy="true">正在读取台账…</p>;
  if (!refs.township)
    return (
      <p class="notice">
        还没有建立本乡镇的台账。请先到<a href={siteUrl('/ledger/')}>履职台账首页</a>
        完成第一次使用的设置，或载入示例乡镇。
      </p>
    );
  const unit = refs.township.unitType === 'town' ? '镇' : '乡';
  return (
    <div class="admin-page">
      <p class="admin-township">
        <span class="admin-township-label">乡镇名称</span>
        <strong>{refs.township.name}</strong>
        <span class="admin-township-note">
          （{unit}；在第一次使用时确定，不能在此修改）
          {refs.township.isDemo && '——当前为示例乡镇的虚构数据'}
        </span>
      </p>
      <Section id="township-terms" title="届次">
        <RecordListPage config={termsConfig(refs, now)} />
      </Section>
      <Section id="township-officers" title="人大与政府负责人">
        <OfficersList deputies={deputies} />
      </Section>
      <Section id="township-presidium" title="主席团成员">
        <RecordListPage
          config={{ ...presidiumConfig(refs, deputies), intro: <PresidiumSummary now={now} /> }}
        />
      </Section>
      <Section id="township-committees" title="代表资格审查委员会">
        <RecordListPage config={committeeConfig(refs, deputies, presidium)} />
      </Section>
    </div>
  );
}
