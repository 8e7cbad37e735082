// 主席团会议: the presidium's meetings, each with its quorum against the members on that day and the
// stretch since the meeting before (第六条).
import { siteUrl } from '../../site-url';
import type { PresidiumMeeting } from '../../../domain/ledger';
import {
  PRESIDIUM_MAX_GAP_MONTHS,
  describeGap,
  presidiumGaps,
  type MeetingGap,
} from '../../../domain/ledger/meetings/intervals';
import { presidiumMembersOn, presidiumQuorum } from '../../../domain/ledger/meetings/quorum';
import type { FieldSpec } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { usePresidiumData } from './use-meetings-data';
import { PrintLinks } from '../forms/PrintLinks';

const fields: FieldSpec[] = [
  { name: 'date', label: '会议日期', kind: 'date', required: true },
  {
    name: 'membersPresent',
    label: '出席成员数',
    kind: 'number',
    required: true,
    hint: '须超过会议当日主席团成员的半数（第六条第（二）项）',
  },
  { name: 'adHoc', label: '临时会议', kind: 'checkbox' },
  { name: 'topics', label: '议题', kind: 'lines', hint: '每行一个议题' },
  { name: 'note', label: '备注', kind: 'textarea' },
];

/** The presidium meetings' list, with quorum and interval marks. */
export function PresidiumMeetingsList() {
  const data = usePresidiumData();
  const members = data?.members ?? [];
  const gaps = presidiumGaps(data?.meetings ?? []);

  const config: RecordListConfig<'presidiumMeetings'> = {
    table: 'presidiumMeetings',
    noun: '主席团会议',
    fields,
    defaults: () => ({ adHoc: false }),
    sort: { index: 'date', reverse: true },
    describe: (m) => `${m.date}${m.adHoc ? '临时会议' : '会议'}`,
    rowActions: (m) => <PrintLinks source="presidiumMeeting" record={m.id} />,
    intro: (
      <div class="meetings-intro">
        <p>
          闭会期间主席团每{PRESIDIUM_MAX_GAP_MONTHS}
          个月至少举行一次会议，会议须有过半数成员出席（第六条）。成员数按“乡镇与届次”页登记的主席团成员及其任职日期计算。
        </p>
        {data && members.length === 0 && (
          <p class="notice" role="status">
            还没有登记主席团成员，无法判断是否过半数出席。请在
            <a href={siteUrl('/ledger/township/')}>乡镇与届次</a>
            页登记。
          </p>
        )}
      </div>
    ),
    columns: [
      {
        label: '会议日期',
        render: (m) => (
          <>
            <span class="nowrap">{m.date}</span>
            {m.adHoc && <span class="badge">临时会议</span>}
          </>
        ),
      },
      {
        label: '出席/成员',
        render: (m) => <Attendance meeting={m} members={presidiumMembersOn(members, m.date)} />,
      },
      { label: '距上次会议', render: (m) => <Gap gap={gaps.get(m.id)} /> },
      {
        label: '议题',
        render: (m) =>
          m.topics.length > 0 ? (
            <ul class="cell-list">
              {m.topics.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          ) : (
            <span class="muted">未记录</span>
          ),
      },
    ],
  };
  return <RecordListPage config={config} />;
}

/** Members present over the members on the day, and whether more than half attended. */
function Attendance({ meeting, members }: { meeting: PresidiumMeeting; members: number }) {
  const quorum = presidiumQuorum(meeting.membersPresent, members);
  return (
    <>
      {meeting.membersPresent} / {members > 0 ? members : '?'}
      <span class={`badge mark-${quorum.status}`}>{quorum.label}</span>
    </>
  );
}

/** The stretch since the meeting before, flagged when longer than allowed. */
function Gap({ gap }: { gap: MeetingGap | undefined }) {
  if (!gap) return <span class="muted">此前无会议记录</span>;
  return (
    <>
      {describeGap(gap)}
      {gap.tooLong && <span class="badge mark-short">超过{PRESIDIUM_MAX_GAP_MONTHS}个月</span>}
      <div class="cell-note">
        上次：<span class="nowrap">{gap.previous}</span>
      </div>
    </>
  );
}
