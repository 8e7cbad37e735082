// 执法检查问题: the problems inspections found and their loop (反馈 → 交办 → 督办 → 评价, then
// 回头看). Same markup and behaviour as the shared RecordListPage (so the same page model drives
// it), but ordered by 反馈 date in memory: the `feedbackOn` index leaves out every problem not yet
// fed back, which are exactly the ones that need attention. An inspection has a handful of
// problems and a township a few hundred in all, so they are read whole (see use-supervision-data).
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Activity, InspectionProblem } from '../../../domain/ledger';
import {
  compareProblems,
  dueLabel,
  orderProblems,
  problemView,
  activityOptionLabel,
} from '../../../domain/ledger/supervision';
import { SATISFACTION_GRADES } from '../../../domain/ledger/workflows/satisfaction';
import { records } from '../../../storage/queries/records';
import type { FieldSpec } from '../../kit/form-model';
import { RecordEditor } from '../../kit/RecordEditor';
import { activityOptions, type SupervisionData } from './use-supervision-data';
import { useUndoableRemove } from '../../kit/use-undoable-remove';
import { Pager } from '../../kit/Pager';
import { EmptyList, ListTable, RowActions, ToolbarSelect } from '../../kit/ListTable';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';

const PAGE_SIZE = 20;
const COLUMNS = ['问题', '责任单位', '当前环节', '闭环期限'] as const;
const NOUN = '问题';
const ID_PREFIX = 'edit-inspectionProblems';
const evaluationOptions = Object.entries(SATISFACTION_GRADES).map(([value, label]) => ({ value, label }));

/** A problem in a message: the start of its description. */
const describe = (p: InspectionProblem) =>
  p.description.length > 20 ? `${p.description.slice(0, 20)}…` : p.description;

interface ProblemListProps {
  data: SupervisionData;
  /** The inspection whose problems are shown; empty for all. */
  inspectionId: string;
  onInspectionChange: (inspectionId: string) => void;
}

/** The problem form: its inspection, description, unit and the dates of its loop. */
function problemFields(inspections: readonly Activity[], loopMonths: number): FieldSpec[] {
  return [
    {
      name: 'inspectionId',
      label: '所属执法检查',
      kind: 'select',
      options: activityOptions(inspections),
      required: true,
    },
    { name: 'description', label: '问题描述', kind: 'textarea', required: true },
    { name: 'unit', label: '责任单位', kind: 'text', hint: '负责整改的单位' },
    { name: 'feedbackOn', label: '反馈日期', kind: 'date', hint: '向被检查单位反馈问题的日期' },
    { name: 'assignedOn', label: '交办日期', kind: 'date', hint: '把问题交责任单位整改的日期' },
    { name: 'supervisedOn', label: '督办日期', kind: 'date', hint: '督促责任单位整改的日期' },
    {
      name: 'evaluatedOn',
      label: '评价日期',
      kind: 'date',
      hint: `组织代表评价整改情况的日期；检查后${loopMonths}个月内评价才算按期闭环`,
    },
    { name: 'evaluation', label: '评价结果', kind: 'select', options: evaluationOptions },
    { name: 'revisitOn', label: '回头看日期', kind: 'date', hint: '评价之后再次检查整改是否到位的日期' },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
}

/** The list, form and undo of inspection problems. */
export function ProblemList({ data, inspectionId, onInspectionChange }: ProblemListProps) {
  const repo = useMemo(() => records('inspectionProblems'), []);
  const [pageIndex, setPageIndex] = useState(0);
  const [editing, setEditing] = useState<Partial<InspectionProblem> | undefined>();
  const readOnly = useReadOnlyReason();
  const { remove, setNotice, status } = useUndoableRemove(repo, NOUN, describe);

  const inspectionById = useMemo(() => new Map(data.inspections.map((i) => [i.id, i])), [data.inspections]);
  // A chosen inspection that was deleted meanwhile falls back to all.
  const chosen = inspectionById.has(inspectionId) ? inspectionId : '';
  const rows = useMemo(
    () =>
      chosen
        ? data.problems.filter((p) => p.inspectionId === chosen).sort(compareProblems)
        : orderProblems(data.problems, (id) => inspectionById.get(id)?.date),
    [data.problems, chosen, inspectionById],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(pageIndex, pages - 1);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  useEffect(() => setPageIndex(0), [chosen]);

  const fields = useMemo(
    () => problemFields(data.inspections, data.inspectionLoopMonths),
    [data.inspections, data.inspectionLoopMonths],
  );

  const addProblem = () => {
    // A new problem belongs to the inspection shown, else to the latest one.
    const inspection = chosen || data.inspections[0]?.id;
    setEditing(inspection ? { inspectionId: inspection } : {});
  };

  const noInspections = !data.loading && data.inspections.length === 0;
  return (
    <div class="record-page">
      <div class="record-toolbar">
        <button
          type="button"
          class="button-primary"
          disabled={noInspections}
          {...writeControl(readOnly, addProblem)}
        >
          新增{NOUN}
        </button>
        <ToolbarSelect
          id={`${ID_PREFIX}-filter`}
          label="执法检查"
          value={chosen}
          options={data.inspections.map((i) => ({ value: i.id, label: activityOptionLabel(i) }))}
          allLabel="全部执法检查"
          onChange={onInspectionChange}
        />
      </div>

      {status}

      {editing && (
        <RecordEditor<InspectionProblem>
          key={editing.id ?? 'new'}
          title={editing.id ? `编辑${NOUN}` : `新增${NOUN}`}
          fields={fields}
          record={editing}
          onSave={(input) => repo.put(input)}
          onSaved={(record) => {
            setEditing(undefined);
            const { warnings } = problemView(
              record,
              inspectionById.get(record.inspectionId)?.date,
              data.asOf,
              data.settings?.values,
            );
            setNotice(
              `已保存${NOUN}“${describe(record)}”。${warnings.length > 0 ? '日期先后有不一致的地方，见列表中的提示。' : ''}`,
            );
          }}
          onCancel={() => setEditing(undefined)}
          idPrefix={ID_PREFIX}
          table="inspectionProblems"
          onSavedToAttach={(record) => {
            setEditing(record);
            setNotice(`已保存${NOUN}“${describe(record)}”，现在可以添加附件。`);
          }}
        />
      )}

      <ProblemsTable
        shown={shown}
        grouped={!chosen}
        page={page}
        inspectionById={inspectionById}
        data={data}
        readOnly={readOnly}
        onEdit={setEditing}
        onRemove={(problem) => void remove(problem)}
      />
      {noInspections && (
        <EmptyList>
          还没有执法检查记录。先在上面的“监督活动”中新增一次执法检查，再记录它发现的问题。
        </EmptyList>
      )}
      {!noInspections && !data.loading && rows.length === 0 && (
        <EmptyList>
          还没有{NOUN}记录。点“新增{NOUN}”开始记录。
        </EmptyList>
      )}
      {rows.length > 0 && (
        <Pager
          label="问题列表翻页"
          pageIndex={page}
          pages={pages}
          total={rows.length}
          onPage={setPageIndex}
        />
      )}
    </div>
  );
}

/** What the problems' table shows and what its row buttons do. */
interface ProblemsTableProps {
  /** The problems of this page, in list order. */
  shown: readonly InspectionProblem[];
  /** Whether every inspection is shown, so each group of rows is headed by its inspection. */
  grouped: boolean;
  page: number;
  inspectionById: ReadonlyMap<string, Activity>;
  data: SupervisionData;
  readOnly: string | undefined;
  onEdit: (problem: InspectionProblem) => void;
  onRemove: (problem: InspectionProblem) => void;
}

/** The problems' table: description, unit, stage with its warnings, loop deadline, and actions. */
function ProblemsTable({
  shown,
  grouped,
  page,
  inspectionById,
  data,
  readOnly,
  onEdit,
  onRemove,
}: ProblemsTableProps) {
  return (
    <ListTable
      labels={COLUMNS}
      class="problem-table"
      caption={`${NOUN}列表，第 ${page + 1} 页`}
      busy={data.loading}
    >
      {shown.map((problem, index) => {
        const inspection = inspectionById.get(problem.inspectionId);
        const view = problemView(problem, inspection?.date, data.asOf, data.settings?.values);
        const due = dueLabel(view);
        // Showing every inspection, each group of rows is headed by its inspection.
        const startsGroup = grouped && shown[index - 1]?.inspectionId !== problem.inspectionId;
        return (
          <Fragment key={problem.id}>
            {startsGroup && (
              <tr class="problem-group">
                <th scope="colgroup" colSpan={COLUMNS.length + 1}>
                  {inspection ? activityOptionLabel(inspection) : '执法检查记录已删除'}
                </th>
              </tr>
            )}
            <tr>
              <td>{problem.description}</td>
              <td>{problem.unit ?? '—'}</td>
              <td>
                {view.stageLabel}
                {view.warnings.map((warning) => (
                  <p class="problem-warning" key={warning}>
                    <span aria-hidden="true">! </span>
                    {warning}
                  </p>
                ))}
              </td>
              <td>
                {due.date}
                {due.flag && <span class="badge badge-overdue">{due.flag}</span>}
              </td>
              <RowActions>
                <button type="button" {...writeControl(readOnly, () => onEdit(problem))}>
                  编辑
                </button>
                <button type="button" {...writeControl(readOnly, () => onRemove(problem))}>
                  删除
                </button>
              </RowActions>
            </tr>
          </Fragment>
        );
      })}
    </ListTable>
  );
}
