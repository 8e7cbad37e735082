// 代表名册: the township's register of deputies, all levels.
import { DEPUTY_LEVELS, DEPUTY_STATUSES, type Deputy } from '../../../domain/ledger';
import {
  codeOptions,
  COMPOSITIONS,
  EDUCATIONS,
  ETHNICITIES,
  GENDERS,
  POLITICAL_STATUS_SHORT,
} from '../../../domain/ledger/roster/codes';
import { siteUrl } from '../../site-url';
import type { FieldSpec } from '../../kit/form-model';
import { RecordListPage, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import { PrintLinks } from '../forms/PrintLinks';

const levelOptions = Object.entries(DEPUTY_LEVELS).map(([value, label]) => ({ value, label }));
const statusOptions = Object.entries(DEPUTY_STATUSES).map(([value, label]) => ({ value, label }));

/** The deputies' register island. */
export function DeputiesPage() {
  const { stations, terms, loaded } = useReferenceOptions();
  const stationName = (id: string | undefined) => stations.find((s) => s.value === id)?.label ?? '';
  const fields: FieldSpec[] = [
    { name: 'name', label: '姓名', kind: 'text', required: true },
    { name: 'levels', label: '代表层级', kind: 'multiselect', options: levelOptions, required: true },
    { name: 'constituency', label: '选区', kind: 'text' },
    { name: 'stationId', label: '所属联络站', kind: 'select', options: stations },
    { name: 'termId', label: '届次', kind: 'select', options: terms, hint: '乡镇人大代表填写所属届次' },
    { name: 'isLeaderCadre', label: '领导干部代表（第十九条）', kind: 'checkbox' },
    { name: 'serviceFrom', label: '任职日期', kind: 'date', required: true },
    { name: 'serviceTo', label: '离任日期', kind: 'date', hint: '仍在任的不填' },
    { name: 'status', label: '状态', kind: 'select', options: statusOptions, required: true },
    { name: 'workUnit', label: '工作单位及职务', kind: 'text' },
    { name: 'gender', label: '性别', kind: 'select', options: codeOptions(GENDERS) },
    { name: 'ethnicity', label: '民族', kind: 'select', options: codeOptions(ETHNICITIES) },
    { name: 'birthMonth', label: '出生年月', kind: 'text', hint: '年-月，如 1975-03' },
    {
      name: 'politicalStatus',
      label: '政治面貌',
      kind: 'select',
      options: codeOptions(POLITICAL_STATUS_SHORT),
    },
    { name: 'education', label: '文化程度', kind: 'select', options: codeOptions(EDUCATIONS) },
    { name: 'composition', label: '代表构成', kind: 'select', options: codeOptions(COMPOSITIONS) },
    { name: 'phone', label: '联系电话', kind: 'text' },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
  const config: RecordListConfig<'deputies'> = {
    table: 'deputies',
    noun: '代表',
    fields,
    loading: !loaded,
    defaults: () => ({ levels: ['township'], status: 'active', termId: terms.at(-1)?.value }),
    sort: { index: 'name' },
    search: { index: 'name', label: '按姓名查找' },
    filters: [{ label: '状态', index: 'status', options: statusOptions }],
    describe: (d: Deputy) => d.name,
    rowActions: (d) => (
      <>
        <a href={siteUrl(`/ledger/deputy-file/?id=${d.id}`)}>履职档案</a>{' '}
        <PrintLinks source="deputy" record={d.id} />
      </>
    ),
    columns: [
      { label: '姓名', render: (d) => d.name },
      {
        label: '层级',
        render: (d) => d.levels.map((l) => DEPUTY_LEVELS[l].replace('人大代表', '')).join('、'),
      },
      { label: '选区', render: (d) => d.constituency ?? '' },
      { label: '联络站', render: (d) => stationName(d.stationId) },
      {
        label: '状态',
        render: (d) => (
          <>
            {DEPUTY_STATUSES[d.status]}
            {d.isLeaderCadre && <span class="badge">领导干部</span>}
          </>
        ),
      },
      { label: '任职', render: (d) => `${d.serviceFrom} 起${d.serviceTo ? `，${d.serviceTo} 止` : ''}` },
    ],
  };
  return (
    <>
      <p class="roster-link">
        <a href={siteUrl('/ledger/roster/')}>从 Excel 导入代表、打印或下载代表名册（按姓氏笔画排序）</a>
      </p>
      <RecordListPage config={config} />
    </>
  );
}
