// 文件与制度: plans, rules, publications, normative resolutions and budget documents, newest first,
// with the filing and publication deadlines they run against, and the checklist of the six
// procedure rules of 第二十二条(二) above the list.
import { today } from '../../../domain/dates';
import { catalogue } from '../../../domain/catalogue';
import {
  BUDGET_DOCUMENTS,
  DOCUMENT_KINDS,
  PROCEDURE_RULES,
  settingValue,
  type DocumentKind,
  type LedgerDocument,
} from '../../../domain/ledger';
import { documentDeadline, procedureRulesChecklist } from '../../../domain/ledger/documents/deadlines';
import { integerSetting } from '../../../domain/ledger/workflows/steps';
import { records } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import type { FieldSpec, FormValues, Option } from '../../kit/form-model';
import { RecordListPage, type Column, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import { NoWrap } from '../settings/cells';
import { Check } from '../settings/Check';
import {
  termLabel,
  useAdminReferences,
  useSettings,
  type AdminReferences,
} from '../settings/use-settings-data';
import '../settings/admin.css';
import { PrintLinks } from '../forms/PrintLinks';

const options = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const kindOptions = options(DOCUMENT_KINDS);

/** Shows a field for these document kinds only. */
const forKinds =
  (...kinds: DocumentKind[]) =>
  (values: FormValues) =>
    kinds.includes(values['kind'] as DocumentKind);

/** Kinds whose list row shows the publication date as such. */
const PUBLISHED_KINDS: readonly DocumentKind[] = [
  'deputyListPublication',
  'suggestionReport',
  'deputyInfoPublication',
];

/** More procedure-rule documents (with revisions) than a township adopts in decades. */
const PROCEDURE_DOCUMENTS = 200;

/** The six procedure rules, marked 已建立 / 未建立 from the documents. */
function ProcedureChecklist({ now }: { now: string }) {
  const { data } = useLiveQuery(
    () =>
      records('documents').page({
        offset: 0,
        limit: PROCEDURE_DOCUMENTS,
        where: { index: 'kind', equals: 'procedureRule' },
      }),
    [],
  );
  const list = procedureRulesChecklist(data?.rows ?? [], now);
  return (
    <section class="admin-checklist" aria-labelledby="procedure-rules-title">
      <h2 id="procedure-rules-title">议事规则和工作办法（第二十二条第（二）项）</h2>
      <p class="admin-checklist-count">
        已建立 {list.established} / {list.total} 项
        {list.established < list.total && '：在下面新增类型为“议事规则与工作办法”的文件即可补记。'}
      </p>
      <ul>
        {list.items.map((item) => (
          <li key={item.rule}>
            <Check tone={item.established ? 'ok' : 'flag'} word={item.established ? '已建立' : '未建立'}>
              {item.label}
            </Check>
            {item.document && (
              <span class="admin-checklist-doc">
                《{item.document.title}》，{item.document.adoptedOn} 通过
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The line under a document's kind: which rule, which budget document, which year or term. */
function kindDetail(d: LedgerDocument, refs: AdminReferences, stationName: (id: string) => string): string {
  const parts = [
    d.procedureRule && PROCEDURE_RULES[d.procedureRule],
    d.budgetDocument && BUDGET_DOCUMENTS[d.budgetDocument],
    d.year !== undefined && `${d.year}年度`,
    d.termId && termLabel(refs.termById.get(d.termId)),
    d.stationId && stationName(d.stationId),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The form of a document: the fields each kind asks for, with the deadlines' hints. */
function documentFields(
  refs: AdminReferences,
  stations: readonly Option[],
  filingDays: number,
  reportDays: number,
): FieldSpec[] {
  return [
    { name: 'kind', label: '类型', kind: 'select', options: kindOptions, required: true },
    { name: 'title', label: '名称', kind: 'text', required: true },
    {
      name: 'adoptedOn',
      label: '通过日期',
      kind: 'date',
      required: true,
      hint: '通过或印发之日；批复文件填批复日期，公开记录填公开日期',
    },
    {
      name: 'procedureRule',
      label: '哪一项议事规则或办法',
      kind: 'select',
      options: options(PROCEDURE_RULES),
      required: true,
      when: forKinds('procedureRule'),
    },
    {
      name: 'budgetDocument',
      label: '预算文件类型',
      kind: 'select',
      options: options(BUDGET_DOCUMENTS),
      required: true,
      when: forKinds('budgetDocument'),
    },
    {
      name: 'year',
      label: '适用年度',
      kind: 'number',
      hint: '如 2025',
      when: forKinds(
        'annualWorkPlan',
        'supervisionPlan',
        'annualTrainingPlan',
        'stationPlan',
        'suggestionReport',
        'deputyInfoPublication',
      ),
    },
    {
      name: 'termId',
      label: '适用届次',
      kind: 'select',
      options: refs.termOptions,
      hint: '选举委员会批准文件：选这次换届选举产生的届次（第四条第（六）项）',
      when: forKinds('termTrainingPlan', 'deputyListPublication', 'electionCommitteeApproval'),
    },
    {
      name: 'stationId',
      label: '联络站',
      kind: 'select',
      options: stations,
      when: forKinds('stationPlan', 'stationRules'),
    },
    {
      name: 'sessionId',
      label: '通过它的人代会',
      kind: 'select',
      options: refs.sessionOptions,
      hint: '代表建议办理情况报告：选听取该报告的会议',
      when: forKinds('normativeResolution', 'budgetDocument', 'suggestionReport'),
    },
    {
      name: 'publishedOn',
      label: '公开日期',
      kind: 'date',
      hint: `预算法第十四条：预算、调整方案、决算批准后20日内公开；代表建议办理情况报告：本工具默认会议开幕后${reportDays}天内公开（可在“设置”中修改）`,
      when: forKinds('budgetDocument', 'deputyListPublication', 'suggestionReport', 'deputyInfoPublication'),
    },
    {
      name: 'filedOn',
      label: '报市人大常委会备案日期',
      kind: 'date',
      hint: `第四条（九）；本乡镇的报备期限为通过后${filingDays}天（可在“设置”中修改）`,
      when: forKinds('normativeResolution'),
    },
    {
      name: 'includesLivelihood',
      label: '列有民生实事督办（第二十条（三））',
      kind: 'checkbox',
      when: forKinds('annualWorkPlan', 'supervisionPlan'),
    },
    { name: 'note', label: '备注', kind: 'textarea', hint: '如文号、公开方式' },
  ];
}

/** The list's columns: kind (with its year, term or station), name, adoption, filing and publication. */
function documentColumns(
  refs: AdminReferences,
  stationName: (id: string) => string,
  filingDays: number,
  now: string,
): Column<LedgerDocument>[] {
  return [
    {
      label: '类型',
      render: (d) => {
        const detail = kindDetail(d, refs, stationName);
        return (
          <>
            {DOCUMENT_KINDS[d.kind]}
            {detail && <span class="admin-kind-detail">{detail}</span>}
          </>
        );
      },
    },
    { label: '名称', render: (d) => d.title },
    { label: '通过日期', render: (d) => <NoWrap>{d.adoptedOn}</NoWrap> },
    {
      label: '备案、公开',
      render: (d) => {
        const deadline = documentDeadline(d, { normativeFilingDays: filingDays, today: now });
        if (!deadline)
          return PUBLISHED_KINDS.includes(d.kind) && d.publishedOn ? `${d.publishedOn} 公布` : '';
        const tone = deadline.flagged ? 'flag' : deadline.status === 'pending' ? 'open' : 'ok';
        const word = deadline.flagged ? '超期' : deadline.status === 'pending' ? '待办' : '按时';
        return (
          <Check tone={tone} word={word}>
            {deadline.text}
          </Check>
        );
      },
    },
  ];
}

function documentsConfig(
  refs: AdminReferences,
  stations: readonly Option[],
  filingDays: number,
  reportDays: number,
  now: string,
): RecordListConfig<'documents'> {
  const stationName = (id: string) => stations.find((s) => s.value === id)?.label ?? '';
  return {
    table: 'documents',
    noun: '文件',
    fields: documentFields(refs, stations, filingDays, reportDays),
    defaults: (filter) => ({
      kind: filter?.value,
      ...(filter?.value === 'annualWorkPlan' || filter?.value === 'supervisionPlan'
        ? { year: Number(now.slice(0, 4)) }
        : {}),
    }),
    sort: { index: 'adoptedOn', reverse: true },
    filters: [{ label: '按类型筛选', index: 'kind', options: kindOptions }],
    describe: (d: LedgerDocument) => d.title,
    rowActions: (d: LedgerDocument) => <PrintLinks source="document" record={d.id} kind={d.kind} />,
    columns: documentColumns(refs, stationName, filingDays, now),
  };
}

/** The 文件与制度 island. */
export function DocumentsPage() {
  const refs = useAdminReferences();
  const settings = useSettings();
  const { stations } = useReferenceOptions();
  const now = today();
  if (!refs || !settings) return <p aria-busy="true">正在读取台账…</p>;
  const filingDays = integerSetting(
    settings.values,
    'normativeFilingDays',
    Number(settingValue(undefined, catalogue, 'normativeFilingDays')),
  );
  const reportDays = integerSetting(
    settings.values,
    'suggestionReportPublishDays',
    Number(settingValue(undefined, catalogue, 'suggestionReportPublishDays')),
  );
  return (
    <div class="admin-page">
      <ProcedureChecklist now={now} />
      <section class="admin-section" aria-labelledby="documents-list-title">
        <h2 id="documents-list-title">文件列表</h2>
        <RecordListPage config={documentsConfig(refs, stations, filingDays, reportDays, now)} />
      </section>
    </div>
  );
}
