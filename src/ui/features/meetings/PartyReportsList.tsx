// 向党委汇报: the presidium's reports to the township party committee, one a quarter (第二十二条).
import { dateParts, today } from '../../../domain/dates';
import {
  QUARTER_STATE_LABELS,
  partyReportQuarters,
  quarterLabel,
} from '../../../domain/ledger/meetings/party-reports';
import type { FieldSpec } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { usePartyReportDates } from './use-meetings-data';
import { PrintLinks } from '../forms/PrintLinks';

const fields: FieldSpec[] = [
  { name: 'date', label: '汇报日期', kind: 'date', required: true },
  {
    name: 'topic',
    label: '主题',
    kind: 'text',
    required: true,
    hint: '如“主席团向镇党委汇报第三季度人大工作”',
  },
  { name: 'note', label: '备注', kind: 'textarea' },
];

/** The reports' list, with the quarters of this year and last year. */
export function PartyReportsList() {
  const dates = usePartyReportDates();
  const asOf = today();
  const year = dateParts(asOf).year;

  const config: RecordListConfig<'activities'> = {
    table: 'activities',
    noun: '汇报',
    fields,
    defaults: () => ({ kind: 'partyReport' }),
    sort: { index: 'date', reverse: true },
    filters: [
      {
        label: '类型',
        index: 'kind',
        required: true,
        options: [{ value: 'partyReport', label: '向党委汇报' }],
      },
    ],
    describe: (a) => `${a.date} ${a.topic}`,
    rowActions: (a) => <PrintLinks source="activity" record={a.id} kind={a.kind} />,
    intro: (
      <div class="meetings-intro">
        <p>主席团每季度向乡镇党委汇报一次人大工作（第二十二条第（一）项）。</p>
        {dates && (
          <dl class="quarter-summary">
            {[year, year - 1].map((y) => (
              <div key={y}>
                <dt>{y}年</dt>
                <dd>
                  <ul>
                    {partyReportQuarters(dates, y, asOf).map((q) => (
                      <li key={q.quarter} class={`quarter-${q.state}`}>
                        {q.label}：{QUARTER_STATE_LABELS[q.state]}
                        {q.count > 1 && `（${q.count}次）`}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    ),
    columns: [
      { label: '汇报日期', render: (a) => <span class="nowrap">{a.date}</span> },
      { label: '季度', render: (a) => <span class="nowrap">{quarterLabel(a.date)}</span> },
      { label: '主题', render: (a) => a.topic },
      { label: '备注', render: (a) => a.note ?? '' },
    ],
  };
  return <RecordListPage config={config} />;
}
