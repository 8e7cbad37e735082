// 代表活动: the deputies' own activities (集中学习培训, 立法相关活动, 普法宣传, 为民办实事,
// 向选民报告履职), all five newest first or one kind; reports to voters carry their satisfaction test.
import { useState } from 'preact/hooks';
import { today } from '../../../domain/dates';
import { ACTIVITY_KINDS, type Activity } from '../../../domain/ledger';
import {
  DEPUTY_ACTIVITY_KINDS,
  DEPUTY_ACTIVITY_TAGS,
  kindOptions,
  satisfactionRuleSetting,
  testSummary,
  type SettingInfo,
} from '../../../domain/ledger/activities';
import type { FieldSpec } from '../../kit/form-model';
import { RecordListPage, type Column, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import {
  dateField,
  deputiesField,
  kindField,
  noteField,
  satisfactionTestFields,
  tagsField,
  topicField,
} from './fields';
import { useTownshipSettings } from './use-activity-context';
import { onKindFilterChange } from './kind-filter';
import './activities.css';
import { PrintLinks } from '../forms/PrintLinks';

const deputyKindOptions = kindOptions(DEPUTY_ACTIVITY_KINDS);

/** The settings this page reads, passed by the Astro page from the duty catalogue. */
export interface ActivitiesPageProps {
  /** `satisfactionRule`, with its label and default. */
  settings: readonly SettingInfo[];
}

/** The 代表活动 page island. */
export function ActivitiesPage({ settings }: ActivitiesPageProps) {
  const { deputies } = useReferenceOptions();
  const township = useTownshipSettings();
  const rule = satisfactionRuleSetting(
    township,
    settings.find((s) => s.key === 'satisfactionRule'),
  );
  // The kind the list shows, followed from its filter ('' for 全部, where the page opens: every
  // deputy activity newest first); the test columns belong to one kind only.
  const [kind, setKind] = useState<string>('');

  // The satisfaction test belongs to 向选民报告履职 only. The shared form turns hidden `test.*`
  // fields into an object of empty values, which the schema refuses, so the test fields are part of
  // the form only in that kind's list, where the kind is fixed (the kind select is left out there).
  const isVoterReport = kind === 'voterReport';
  const fields: FieldSpec[] = [
    ...(isVoterReport ? [] : [kindField(DEPUTY_ACTIVITY_KINDS)]),
    dateField,
    topicField('例如：“宪法宣传周”普法进村入户；向第三选区选民报告履职情况'),
    deputiesField(deputies),
    {
      name: 'participants',
      label: '参加人数',
      kind: 'number',
      hint: '参加活动的总人数，含代表以外的人员；向选民报告履职时填到会选民人数',
    },
    tagsField(DEPUTY_ACTIVITY_TAGS, '“五+”“五进”标签'),
    ...(isVoterReport ? satisfactionTestFields() : []),
    noteField,
  ];

  const columns: Column<Activity>[] = [
    { label: '日期', render: (a) => <span class="nowrap">{a.date}</span> },
    ...(kind === '' ? [{ label: '活动类型', render: (a: Activity) => ACTIVITY_KINDS[a.kind] }] : []),
    { label: '主题', render: (a) => a.topic },
    { label: '参加代表', render: (a) => `${a.deputyIds.length}人` },
  ];
  if (kind === 'voterReport')
    columns.push(
      { label: '测评等次', render: (a) => testSummary(a.test, rule).grade },
      { label: '是否公开', render: (a) => testSummary(a.test, rule).publication },
    );

  const config: RecordListConfig<'activities'> = {
    table: 'activities',
    noun: '活动',
    fields,
    defaults: (filter) => ({
      kind: filter?.value ?? DEPUTY_ACTIVITY_KINDS[0],
      date: today(),
      deputyIds: [],
      tags: [],
    }),
    sort: { index: 'date', reverse: true },
    filters: [{ label: '活动类型', index: 'kind', allMeansOptions: true, options: deputyKindOptions }],
    describe: (a: Activity) => `${a.date} ${a.topic}`,
    rowActions: (a: Activity) => <PrintLinks source="activity" record={a.id} kind={a.kind} />,
    intro: (
      <p class="activity-intro">
        记录代表参加的集中学习培训（第十三条）、立法相关活动、普法宣传和为民办实事（第十四条），以及代表向原选区选民报告履职和满意度测评（第十五条）。默认列出全部五类活动，新的在前；用“活动类型”只看一类。满意度测评在“向选民报告履职”类型下填写。
      </p>
    ),
    columns,
  };
  return (
    <div class="activity-page" onChange={onKindFilterChange('activities', setKind)}>
      <RecordListPage config={config} />
    </div>
  );
}
