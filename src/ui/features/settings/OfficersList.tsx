// 人大与政府负责人: officers over time, ordered by first day in office, with an optional filter by
// role. The shared RecordListPage cannot be used here: filtering by role while ordering by `from`
// needs a compound index [role+from] the database does not have, and the table is small (a few
// dozen rows over a term), so it is read whole and ordered by a pure function.
import { useMemo, useState } from 'preact/hooks';
import { isIsoDate, today } from '../../../domain/dates';
import { OFFICER_ROLES, type Officer, type OfficerRole } from '../../../domain/ledger';
import {
  endForSuccessor,
  inOfficeSummary,
  isInOffice,
  officerRoleLabel,
  officersList,
} from '../../../domain/ledger/township/officers';
import { records } from '../../../storage/queries/records';
import type { WriteResult } from '../../../storage/errors';
import { useLiveQuery } from '../../kit/use-live-query';
import type { FieldSpec, FormValues, Option } from '../../kit/form-model';
import { RecordEditor } from '../../kit/RecordEditor';
import { NoWrap } from './cells';
import { EmptyList, ListError, ListTable, RowActions, ToolbarSelect } from '../../kit/ListTable';
import { useUndoableRemove } from '../../kit/use-undoable-remove';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';

const roleOptions: Option[] = Object.entries(OFFICER_ROLES).map(([value, label]) => ({ value, label }));
const isViceChair = (values: FormValues) => values['role'] === 'viceChair';

const describe = (o: Officer) => `${OFFICER_ROLES[o.role]} ${o.name}`;

/** More officers than a township has in decades. */
const WHOLE_TABLE = 1000;

/** What the form is doing: adding, editing, or naming a successor to an officer. */
type Editing = { mode: 'add' | 'edit'; record: object } | { mode: 'succeed'; predecessor: Officer };

/** The form of an officer. */
function officerFields(deputies: readonly Option[]): FieldSpec[] {
  return [
    { name: 'role', label: '职务', kind: 'select', options: roleOptions, required: true },
    { name: 'name', label: '姓名', kind: 'text', required: true },
    {
      name: 'fullTime',
      label: '专职副主席（第二十三条要求至少1名专职副主席）',
      kind: 'checkbox',
      when: isViceChair,
    },
    { name: 'from', label: '任职日期', kind: 'date', required: true },
    { name: 'to', label: '离任日期', kind: 'date', hint: '仍在任的不填' },
    { name: 'deputyId', label: '本人也是代表时，对应的代表', kind: 'select', options: deputies },
    { name: 'note', label: '备注', kind: 'textarea', hint: '如任免文件文号' },
  ];
}

/** The form of a successor (更换): the role is the predecessor's. */
function successorFieldsOf(deputies: readonly Option[]): FieldSpec[] {
  return [
    { name: 'name', label: '接任人姓名', kind: 'text', required: true },
    { name: 'fullTime', label: '专职副主席', kind: 'checkbox', when: isViceChair },
    {
      name: 'from',
      label: '接任日期',
      kind: 'date',
      required: true,
      hint: '原任人的离任日期自动记为接任日期的前一天',
    },
    { name: 'deputyId', label: '本人也是代表时，对应的代表', kind: 'select', options: deputies },
    { name: 'note', label: '备注', kind: 'textarea', hint: '如任免文件文号' },
  ];
}

/** The officers list with its form, role filter, officer change and delete with undo. */
export function OfficersList({ deputies }: { deputies: readonly Option[] }) {
  const repo = useMemo(() => records('officers'), []);
  const { data, error } = useLiveQuery(
    () => repo.page({ offset: 0, limit: WHOLE_TABLE, index: 'from' }),
    [repo],
  );
  const [role, setRole] = useState<OfficerRole | ''>('');
  const [editing, setEditing] = useState<Editing>();
  const readOnly = useReadOnlyReason();
  const { remove, setNotice, status } = useUndoableRemove(repo, '负责人', describe);
  const now = today();

  const all = data?.rows ?? [];
  const rows = officersList(all, role || undefined);
  const inOffice = inOfficeSummary(all, now);

  const fields = officerFields(deputies);
  const successorFields = successorFieldsOf(deputies);

  /** Saves the successor, then ends the predecessor's term the day before. */
  const saveSuccessor = async (
    predecessor: Officer,
    input: Record<string, unknown>,
  ): Promise<WriteResult<Officer>> => {
    const from = input['from'];
    const ended = isIsoDate(from) ? endForSuccessor(predecessor, from) : undefined;
    if (ended && !ended.ok)
      return { ok: false, reason: 'invalid', issues: { from: ended.message }, message: ended.message };
    const saved = await repo.put(input);
    if (!saved.ok || !ended) return saved;
    if (ended.predecessor !== predecessor) {
      const closed = await repo.put(ended.predecessor);
      if (!closed.ok)
        setNotice(
          `已保存接任人，但未能记录${predecessor.name}的离任日期：${closed.message}请在列表中编辑补上。`,
        );
    }
    return saved;
  };

  const idPrefix = 'edit-officers';
  return (
    <div class="record-page">
      <p class="admin-lead">
        {inOffice.length > 0 ? `今天在任——${inOffice.join('；')}。` : '今天没有在任的负责人记录。'}
        人员变动时，点在任人员一行的“更换”记录接任人，原任人的离任日期会自动填好。
      </p>
      <OfficersToolbar
        role={role}
        readOnly={readOnly}
        idPrefix={idPrefix}
        onAdd={() => setEditing({ mode: 'add', record: role ? { role } : {} })}
        onRole={setRole}
      />

      {status}

      {editing?.mode === 'succeed' && (
        <RecordEditor<Officer>
          key={`succeed-${editing.predecessor.id}`}
          title={`更换${OFFICER_ROLES[editing.predecessor.role]}（原任：${editing.predecessor.name}）`}
          fields={successorFields}
          record={{ role: editing.predecessor.role, fullTime: editing.predecessor.fullTime }}
          onSave={(input) => saveSuccessor(editing.predecessor, input)}
          onSaved={(record) => {
            setEditing(undefined);
            setNotice(
              `已记录${OFFICER_ROLES[record.role]}由${editing.predecessor.name}更换为${record.name}。`,
            );
          }}
          onCancel={() => setEditing(undefined)}
          idPrefix={`${idPrefix}-succeed`}
        />
      )}
      {editing && editing.mode !== 'succeed' && (
        <RecordEditor<Officer>
          key={(editing.record as { id?: string }).id ?? 'new'}
          title={editing.mode === 'edit' ? '编辑负责人' : '新增负责人'}
          fields={fields}
          record={editing.record}
          onSave={(input) => repo.put(input)}
          onSaved={(record) => {
            setEditing(undefined);
            setNotice(`已保存负责人“${describe(record)}”。`);
          }}
          onCancel={() => setEditing(undefined)}
          idPrefix={idPrefix}
        />
      )}

      <ListError error={error} />
      <OfficersTable
        rows={rows}
        caption={`负责人列表${role ? `：${OFFICER_ROLES[role]}` : ''}`}
        busy={!data}
        now={now}
        readOnly={readOnly}
        onEdit={(officer) => setEditing({ mode: 'edit', record: officer })}
        onSucceed={(officer) => setEditing({ mode: 'succeed', predecessor: officer })}
        onRemove={(officer) => void remove(officer)}
      />
      {data && rows.length === 0 && (
        <EmptyList>
          {role ? `还没有${OFFICER_ROLES[role]}的记录。` : '还没有负责人记录。'}点“新增负责人”开始记录。
        </EmptyList>
      )}
    </div>
  );
}

/** What the officers' table shows and what its row buttons do. */
interface OfficersTableProps {
  rows: readonly Officer[];
  caption: string;
  busy: boolean;
  now: string;
  readOnly: string | undefined;
  onEdit: (officer: Officer) => void;
  onSucceed: (officer: Officer) => void;
  onRemove: (officer: Officer) => void;
}

/** The officers' table: role, name, dates and note, with 编辑, 更换 (while in office) and 删除. */
function OfficersTable({
  rows,
  caption,
  busy,
  now,
  readOnly,
  onEdit,
  onSucceed,
  onRemove,
}: OfficersTableProps) {
  return (
    <ListTable labels={['职务', '姓名', '任职日期', '离任日期', '备注']} caption={caption} busy={busy}>
      {rows.map((officer) => (
        <tr key={officer.id}>
          <td>{officerRoleLabel(officer)}</td>
          <td>
            <NoWrap>{officer.name}</NoWrap>
          </td>
          <td>
            <NoWrap>{officer.from}</NoWrap>
          </td>
          <td>
            <NoWrap>{officer.to ?? (isInOffice(officer, now) ? '在任' : '')}</NoWrap>
          </td>
          <td>{officer.note ?? ''}</td>
          <RowActions>
            <button type="button" {...writeControl(readOnly, () => onEdit(officer))}>
              编辑
            </button>
            {(!officer.to || officer.to >= now) && (
              <button type="button" {...writeControl(readOnly, () => onSucceed(officer))}>
                更换
              </button>
            )}
            <button type="button" {...writeControl(readOnly, () => onRemove(officer))}>
              删除
            </button>
          </RowActions>
        </tr>
      ))}
    </ListTable>
  );
}

/** 新增负责人 and the role filter above the officers' table. */
function OfficersToolbar({
  role,
  readOnly,
  idPrefix,
  onAdd,
  onRole,
}: {
  role: OfficerRole | '';
  readOnly: string | undefined;
  idPrefix: string;
  onAdd: () => void;
  onRole: (role: OfficerRole | '') => void;
}) {
  return (
    <div class="record-toolbar">
      <button type="button" class="button-primary" {...writeControl(readOnly, onAdd)}>
        新增负责人
      </button>
      <ToolbarSelect
        id={`${idPrefix}-filter-role`}
        label="职务"
        value={role}
        options={roleOptions}
        onChange={(value) => onRole(value as OfficerRole | '')}
      />
    </div>
  );
}
