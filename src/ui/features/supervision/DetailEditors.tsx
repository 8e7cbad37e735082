// Forms for the parts of an activity that do not map field by field onto the schema, opened from
// a row of the list: a special report's opinions (typed one per line, `意见内容|答复日期`) and an
// appraisal's satisfaction test (a nested object that is either complete or absent).
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Activity, SatisfactionTest } from '../../../domain/ledger';
import {
  formatOpinionLines,
  formatProblemLines,
  parseOpinionLines,
  parseProblemLines,
} from '../../../domain/ledger/supervision';
import type { WriteResult } from '../../../storage/errors';
import { records } from '../../../storage/queries/records';
import type { FieldSpec } from '../../kit/form-model';
import { RecordEditor } from '../../kit/RecordEditor';

/** Which detail form is open, for which activity. */
export type DetailEditing = { form: 'opinions' | 'test' | 'problems'; activity: Activity };

interface DetailEditorProps {
  activity: Activity;
  /** Closes the form, with the notice to show (empty when cancelled). */
  onDone: (notice: string) => void;
}

/** Brings a form that opened far from the button into view and puts the cursor in it. */
function FocusOnOpen({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.querySelector<HTMLElement>('textarea, input, select')?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} class="detail-editor">
      {children}
    </div>
  );
}

const useActivities = () => useMemo(() => records('activities'), []);

const GONE: WriteResult<Activity> = {
  ok: false,
  reason: 'storage',
  message: '这条记录已被删除，本次没有保存。',
};

const opinionFields: readonly FieldSpec[] = [
  {
    name: 'opinionLines',
    label: '代表意见及答复日期',
    kind: 'textarea',
    hint: '每行一条意见，写成“意见内容|答复日期”，如“加快村道硬化|2025-08-20”；尚未答复的只写意见内容。',
  },
];

/** The opinions raised on a special report and when each was answered (第九条第（三）项). */
export function OpinionsEditor({ activity, onDone }: DetailEditorProps) {
  const repo = useActivities();
  const save = async (input: Record<string, unknown>): Promise<WriteResult<Activity>> => {
    const parsed = parseOpinionLines(String(input['opinionLines'] ?? ''));
    if (!parsed.ok)
      return {
        ok: false,
        reason: 'invalid',
        issues: { opinionLines: parsed.message },
        message: parsed.message,
      };
    // The record as stored now, so that a detail form never overwrites a newer edit of the rest.
    const stored = await repo.get(activity.id);
    if (!stored) return GONE;
    const result = await repo.put({ ...stored, opinions: parsed.opinions });
    if (result.ok || result.reason !== 'invalid') return result;
    // A message about `opinions.2.text` belongs next to the one field that holds every opinion.
    const about = Object.entries(result.issues).find(([path]) => path.startsWith('opinions.'));
    if (!about) return result;
    const line = Number(about[0].split('.')[1]) + 1;
    return { ...result, issues: { ...result.issues, opinionLines: `第${line}条意见：${about[1]}` } };
  };
  return (
    <FocusOnOpen>
      <RecordEditor<Activity>
        title={`意见与答复：${activity.topic}`}
        fields={opinionFields}
        record={{ opinionLines: formatOpinionLines(activity.opinions) }}
        onSave={save}
        onSaved={(saved) => onDone(`已保存“${saved.topic}”的代表意见（${saved.opinions.length}条）。`)}
        onCancel={() => onDone('')}
        idPrefix="opinions"
      />
    </FocusOnOpen>
  );
}

/** The problems collected on a 视察 or 调研, forwarded and fed back (第十条第（三）项). */
export function ProblemsEditor({ activity, windowDays, onDone }: DetailEditorProps & { windowDays: number }) {
  const repo = useActivities();
  const fields: readonly FieldSpec[] = [
    {
      name: 'problemLines',
      label: '收集的问题、转交和反馈',
      kind: 'textarea',
      hint: `每行一个问题，写成“问题内容|转交单位|转交日期|反馈代表日期”，如“村道缺少护栏|镇交通站|2025-05-20|2025-07-01”；尚未转交或反馈的，后面的部分不写。第十条第（三）项要求转交处理并向代表反馈，本工具默认视察、调研后${windowDays}天内完成（可在“设置”中修改）。`,
    },
  ];
  const save = async (input: Record<string, unknown>): Promise<WriteResult<Activity>> => {
    const parsed = parseProblemLines(String(input['problemLines'] ?? ''));
    if (!parsed.ok)
      return {
        ok: false,
        reason: 'invalid',
        issues: { problemLines: parsed.message },
        message: parsed.message,
      };
    const stored = await repo.get(activity.id);
    if (!stored) return GONE;
    const result = await repo.put({ ...stored, problems: parsed.problems });
    if (result.ok || result.reason !== 'invalid') return result;
    const about = Object.entries(result.issues).find(([path]) => path.startsWith('problems.'));
    if (!about) return result;
    const line = Number(about[0].split('.')[1]) + 1;
    return { ...result, issues: { ...result.issues, problemLines: `第${line}个问题：${about[1]}` } };
  };
  return (
    <FocusOnOpen>
      <RecordEditor<Activity>
        title={`收集的问题：${activity.topic}`}
        fields={fields}
        record={{ problemLines: formatProblemLines(activity.problems ?? []) }}
        onSave={save}
        onSaved={(saved) => onDone(`已保存“${saved.topic}”收集的问题（${saved.problems?.length ?? 0}个）。`)}
        onCancel={() => onDone('')}
        idPrefix="problems"
      />
    </FocusOnOpen>
  );
}

const COUNT_KEYS = [
  'entitled',
  'satisfied',
  'basic',
  'unsatisfied',
  'abstain',
] as const satisfies readonly (keyof SatisfactionTest)[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const testFields: readonly FieldSpec[] = [
  {
    name: 'test.entitled',
    label: '应参加测评人数',
    kind: 'number',
    hint: '各项都留空再保存，即删除测评结果',
  },
  { name: 'test.satisfied', label: '满意票', kind: 'number' },
  { name: 'test.basic', label: '基本满意票', kind: 'number' },
  { name: 'test.unsatisfied', label: '不满意票', kind: 'number' },
  { name: 'test.abstain', label: '弃权及无效票', kind: 'number' },
  { name: 'test.published', label: '测评结果已公开', kind: 'checkbox' },
];

/** The satisfaction test of an appraisal (工作评议): votes per grade; all empty removes it. */
export function TestEditor({ activity, onDone }: DetailEditorProps) {
  const repo = useActivities();
  const save = async (input: Record<string, unknown>): Promise<WriteResult<Activity>> => {
    const test = isObject(input['test']) ? input['test'] : {};
    const empty = COUNT_KEYS.every((key) => test[key] === undefined);
    const stored = await repo.get(activity.id);
    if (!stored) return GONE;
    return repo.put({ ...stored, test: empty ? undefined : test });
  };
  return (
    <FocusOnOpen>
      <RecordEditor<Activity>
        title={`满意度测评：${activity.topic}`}
        fields={testFields}
        record={{ test: activity.test ?? {} }}
        onSave={save}
        onSaved={(saved) =>
          onDone(saved.test ? `已保存“${saved.topic}”的测评结果。` : `已删除“${saved.topic}”的测评结果。`)
        }
        onCancel={() => onDone('')}
        idPrefix="test"
      />
    </FocusOnOpen>
  );
}
