// 联络站: the township's liaison stations (第十七条), the activities held at them (进站接待群众,
// 集中进站主题活动, 领导干部进站), and a month-by-month count of reception days for the "1+4"
// mechanism, whose meaning is the township's own setting.
import { siteUrl } from '../../site-url';
import { useMemo, useState } from 'preact/hooks';
import { today, yearRange } from '../../../domain/dates';
import { ACTIVITY_KINDS, type Activity, type Station } from '../../../domain/ledger';
import {
  STATION_ACTIVITY_TAGS,
  STATION_ACTIVITY_KINDS,
  countSetting,
  defaultYear,
  deputySummary,
  kindOptions,
  receptionSummary,
  yearChoices,
  type SettingInfo,
} from '../../../domain/ledger/activities';
import { records, type PageQuery } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import type { FieldSpec, Option } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import { dateField, deputiesField, kindField, noteField, tagsField, topicField } from '../activities/fields';
import { useNameMap, useTownshipSettings } from '../activities/use-activity-context';
import '../activities/activities.css';
import { YearSelect } from '../../kit/YearSelect';
import { EmptyList, ListError, ListTable } from '../../kit/ListTable';

const STATION_LEVELS = { township: '乡镇联络站', other: '其他联络站' } as const;
const levelOptions = Object.entries(STATION_LEVELS).map(([value, label]) => ({ value, label }));
const stationKindOptions = kindOptions(STATION_ACTIVITY_KINDS);

/** The settings this page reads, passed by the Astro page from the duty catalogue. */
export interface StationsPageProps {
  /** `receptionDaysPerMonth` and `receptionMinDeputies`, with their labels and defaults. */
  settings: readonly SettingInfo[];
}

/** The 联络站 page island. */
export function StationsPage({ settings }: StationsPageProps) {
  const { stations, deputies } = useReferenceOptions();
  return (
    <div class="activity-page">
      <section aria-labelledby="stations-heading">
        <h2 id="stations-heading">联络站名册</h2>
        <StationList />
      </section>
      <section aria-labelledby="station-activities-heading">
        <h2 id="station-activities-heading">进站活动</h2>
        <StationActivityList stations={stations} deputies={deputies} />
      </section>
      <section aria-labelledby="reception-summary-heading">
        <h2 id="reception-summary-heading">每月接待日统计</h2>
        <ReceptionSummary stations={stations} settings={settings} />
      </section>
    </div>
  );
}

const stationFields: FieldSpec[] = [
  { name: 'name', label: '联络站名称', kind: 'text', required: true },
  {
    name: 'level',
    label: '级别',
    kind: 'select',
    options: levelOptions,
    required: true,
    hint: '乡镇联络站的站长、副站长、联络员按第十七条配备',
  },
  { name: 'address', label: '地址', kind: 'text' },
  { name: 'headName', label: '站长', kind: 'text', hint: '乡镇联络站由人大主席担任' },
  {
    name: 'deputyHeadNames',
    label: '副站长',
    kind: 'lines',
    hint: '每行一人；乡镇联络站由人大副主席担任',
  },
  { name: 'liaisonName', label: '联络员', kind: 'text', hint: '乡镇联络站由人大专干担任' },
  noteField,
];

const stationConfig: RecordListConfig<'stations'> = {
  table: 'stations',
  noun: '联络站',
  fields: stationFields,
  defaults: () => ({ level: 'township', deputyHeadNames: [] }),
  sort: { index: 'name' },
  search: { index: 'name', label: '按名称查找' },
  describe: (s: Station) => s.name,
  columns: [
    { label: '名称', render: (s) => s.name },
    { label: '级别', render: (s) => <span class="nowrap">{STATION_LEVELS[s.level]}</span> },
    { label: '地址', render: (s) => s.address ?? '' },
    { label: '站长', render: (s) => <span class="nowrap">{s.headName ?? ''}</span> },
    { label: '副站长', render: (s) => s.deputyHeadNames.join('、') },
    { label: '联络员', render: (s) => <span class="nowrap">{s.liaisonName ?? ''}</span> },
  ],
};

/** The register of stations. */
function StationList() {
  return <RecordListPage config={stationConfig} />;
}

/** The activities held at stations, one kind at a time, newest first. */
function StationActivityList({ stations, deputies }: { stations: Option[]; deputies: Option[] }) {
  const names = useNameMap(deputies);
  const stationNames = useNameMap(stations);
  const fields: FieldSpec[] = [
    kindField(STATION_ACTIVITY_KINDS),
    dateField,
    { name: 'stationId', label: '联络站', kind: 'select', options: stations },
    topicField('例如：3月接待日，群众反映道路维修、低保等问题'),
    deputiesField(deputies, '到站代表'),
    { name: 'visitors', label: '接待群众人数', kind: 'number' },
    { name: 'issues', label: '登记问题数', kind: 'number', hint: '群众反映并登记的意见建议、问题件数' },
    tagsField(STATION_ACTIVITY_TAGS, '渠道与标签'),
    noteField,
  ];
  const config: RecordListConfig<'activities'> = {
    table: 'activities',
    noun: '进站活动',
    fields,
    defaults: (filter) => ({
      kind: filter?.value ?? 'stationReception',
      date: today(),
      deputyIds: [],
      tags: [],
    }),
    sort: { index: 'date', reverse: true },
    filters: [{ label: '活动类型', index: 'kind', required: true, options: stationKindOptions }],
    describe: (a: Activity) => `${a.date} ${a.topic}`,
    intro: (
      <p class="activity-intro">
        记录代表进站接待群众（第十八条）、每半年的集中进站主题活动（第十七条（五））和领导干部代表进站听取意见（第十九条）。一次只列出一种活动，用“活动类型”切换。
      </p>
    ),
    columns: [
      { label: '日期', render: (a) => <span class="nowrap">{a.date}</span> },
      {
        label: '联络站',
        render: (a) => (a.stationId ? (stationNames.get(a.stationId) ?? '（已删除的联络站）') : ''),
      },
      { label: '主题', render: (a) => a.topic },
      { label: '到站代表', render: (a) => deputySummary(a.deputyIds, names) },
      {
        label: '接待群众/问题',
        render: (a) =>
          a.visitors === undefined && a.issues === undefined ? (
            ''
          ) : (
            <span class="nowrap">{`${a.visitors ?? '—'}人 / ${a.issues ?? '—'}件`}</span>
          ),
      },
    ],
  };
  return <RecordListPage config={config} />;
}

/** The reception days of each station in each month of a chosen year. */
function ReceptionSummary({ stations, settings }: { stations: Option[]; settings: readonly SettingInfo[] }) {
  const repo = useMemo(() => records('activities'), []);
  const township = useTownshipSettings();
  const daysSetting = settings.find((s) => s.key === 'receptionDaysPerMonth');
  const minSetting = settings.find((s) => s.key === 'receptionMinDeputies');
  const daysPerMonth = daysSetting ? countSetting(township, daysSetting) : 1;
  const minDeputies = minSetting ? countSetting(township, minSetting) : 1;
  const currentYear = Number(today().slice(0, 4));
  const [chosenYear, setYear] = useState<number>();

  // The first and last reception, through the [kind+date] index, bound the years offered.
  const { data: bounds } = useLiveQuery(async () => {
    const query: PageQuery = {
      index: 'date',
      where: { index: 'kind', equals: 'stationReception' },
      offset: 0,
      limit: 1,
    };
    const [first, last] = await Promise.all([repo.page(query), repo.page({ ...query, reverse: true })]);
    return { first: first.rows[0]?.date, last: last.rows[0]?.date };
  }, [repo]);
  const years = yearChoices(bounds?.first, bounds?.last, currentYear);
  const year = chosenYear ?? defaultYear(bounds?.last, currentYear);

  // The year's receptions only, through the [kind+date] index (a few hundred rows at most).
  const { data, error } = useLiveQuery(() => {
    const { start, end } = yearRange(year);
    return repo.page({
      index: 'date',
      where: { index: 'kind', equals: 'stationReception' },
      range: [start, end],
      offset: 0,
      limit: Infinity,
    });
  }, [repo, year]);

  const rows = useMemo(
    () =>
      data
        ? receptionSummary(
            data.rows,
            stations.map((s) => ({ id: s.value, name: s.label })),
            year,
            minDeputies,
          )
        : [],
    [data, stations, year, minDeputies],
  );
  const months = Array.from({ length: 12 }, (_, i) => i + 1);

  return (
    <div class="reception-summary">
      <p>
        细则第十七条（四）要求每月落实“1+4”进站点接待群众机制，但没有解释“1+4”。本乡镇的口径（在
        <a href={siteUrl('/ledger/settings/')}>设置</a>
        中修改）：每个联络站每月至少 <strong>{daysPerMonth}</strong> 个接待日，每个接待日至少{' '}
        <strong>{minDeputies}</strong> 名代表到站。下表只统计{ACTIVITY_KINDS.stationReception}
        的天数，不作达标判断；是否达标见考评。到站代表少于 {minDeputies}{' '}
        人的接待日也计入天数，并在括号里注明其中有几天。
      </p>
      <YearSelect
        id="reception-summary-year"
        label="统计年度"
        years={years}
        value={year}
        onChange={setYear}
      />
      <ListError error={error} />
      {rows.length === 0 ? (
        <EmptyList>还没有联络站。先在上面的“联络站名册”中新增联络站。</EmptyList>
      ) : (
        <ListTable
          labels={['联络站', ...months.map((m) => `${m}月`), '全年']}
          actions={false}
          class="reception-table"
          caption={`${year}年各联络站每月接待日数`}
          captionVisible
        >
          {rows.map((row) => (
            <tr key={row.stationId ?? 'none'}>
              <th scope="row">{row.name}</th>
              {[...row.months, row.total].map((m, i) => (
                <td key={i} class={m.days === 0 ? 'zero' : undefined}>
                  {m.days}
                  {m.shortDays > 0 && <span class="short-days">（{m.shortDays}）</span>}
                </td>
              ))}
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
