// Pieces of the activity forms and lists that several ledger pages share (联络站, 代表活动, and the
// supervision page's 工作评议 with its satisfaction test). Labels are the ledger's Chinese wording.
import type { ActivityKind } from '../../../domain/ledger';
import { kindOptions, tagOptions, type ActivityTag } from '../../../domain/ledger/activities';
import type { FieldSpec, FormValues, Option } from '../../kit/form-model';

/** A `when` that shows a field only for records of one kind. */
export const forKind =
  (kind: ActivityKind) =>
  (values: FormValues): boolean =>
    values['kind'] === kind;

/** The kind select of a page that keeps several kinds (a new record takes the kind shown). */
export const kindField = (kinds: readonly ActivityKind[]): FieldSpec => ({
  name: 'kind',
  label: '活动类型',
  kind: 'select',
  options: kindOptions(kinds),
  required: true,
});

/** The date of the activity. */
export const dateField: FieldSpec = { name: 'date', label: '日期', kind: 'date', required: true };

/** The topic (主题), with an example suited to the page. */
export const topicField = (hint?: string): FieldSpec => ({
  name: 'topic',
  label: '主题',
  kind: 'text',
  required: true,
  ...(hint ? { hint } : {}),
});

/** The deputies who took part, as check boxes. */
export const deputiesField = (deputies: readonly Option[], label = '参加代表'): FieldSpec => ({
  name: 'deputyIds',
  label,
  kind: 'multiselect',
  options: deputies,
  ...(deputies.length === 0 ? { hint: '代表名册还是空的：请先在“代表名册”中登记代表。' } : {}),
});

/** The tags of 第二十一条 the page proposes. */
export const tagsField = (tags: readonly ActivityTag[], label = '标签'): FieldSpec => ({
  name: 'tags',
  label,
  kind: 'multiselect',
  options: tagOptions(tags),
});

/** Free notes. */
export const noteField: FieldSpec = { name: 'note', label: '备注', kind: 'textarea' };

/**
 * The fields of a satisfaction test (满意度测评, `test.*`), shown only when `when` says so. The
 * schema refuses votes that add up to more than those entitled, with its message at 应参加测评人数.
 *
 * Caution: the shared form (toInput) still writes a hidden `test.*` field as `test: { … undefined }`,
 * which the schema refuses as an incomplete test. Until it drops such objects, put these fields in a
 * form only for records that carry a test, rather than hiding them with `when`.
 */
export const satisfactionTestFields = (when?: (values: FormValues) => boolean): FieldSpec[] => {
  const shownWhen = when ? { when } : {};
  return [
    {
      name: 'test.entitled',
      label: '应参加测评人数',
      kind: 'number',
      required: true,
      hint: '满意度测评：以应参加测评人数为基数评定等次',
      ...shownWhen,
    },
    { name: 'test.satisfied', label: '满意票', kind: 'number', required: true, ...shownWhen },
    { name: 'test.basic', label: '基本满意票', kind: 'number', required: true, ...shownWhen },
    { name: 'test.unsatisfied', label: '不满意票', kind: 'number', required: true, ...shownWhen },
    { name: 'test.abstain', label: '弃权或无效票', kind: 'number', hint: '不填按0计', ...shownWhen },
    { name: 'test.published', label: '测评结果已公开', kind: 'checkbox', ...shownWhen },
  ];
};
