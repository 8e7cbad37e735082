// Chinese messages for whatever an archive's JSON can get wrong. The forms' schemas carry their
// own messages for what a person can type; an archive can also hold what no form produces (an
// object where a name belongs, a number as an id), and zod's own wording for those ("期望
// object") is not Chinese enough for a township clerk. This error map is passed to every parse
// the reader does; messages a schema sets itself still win.
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是/否”值',
  object: '对象（{…}）',
  array: '列表（[…]）',
  null: '空值（null）',
  undefined: '空',
  date: '日期',
  nan: '非数字',
};

/** The JSON type of a value, in Chinese. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return TYPE_NAMES['null']!;
  if (Array.isArray(value)) return TYPE_NAMES['array']!;
  if (typeof value === 'number' && Number.isNaN(value)) return TYPE_NAMES['nan']!;
  return TYPE_NAMES[typeof value] ?? '未知类型';
}

/** A value shown in a message: text and numbers as they are (shortened), anything else by its type. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return jsonTypeName(value);
}

const FORMATS: Record<string, string> = {
  date: '应是有效日期（年-月-日）',
  datetime: '应是 ISO 格式的时刻',
  uuid: '编号格式不正确（应是 UUID）',
  guid: '编号格式不正确（应是 UUID）',
  regex: '格式不正确',
};

/** The reader's error map (zod 4 `error` parse option): a Chinese message for every issue code. */
export function archiveIssueMessage(issue: z.core.$ZodRawIssue): string {
  const size = (origin: unknown, n: unknown, big: boolean) =>
    origin === 'array' || origin === 'set'
      ? `${big ? '至多' : '至少'} ${String(n)} 项`
      : origin === 'string'
        ? `${big ? '至多' : '至少'} ${String(n)} 个字`
        : `${big ? '不能大于' : '不能小于'} ${String(n)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少此项'
        : `应为${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}，实际为${jsonTypeName(issue.input)}`;
    case 'too_big':
      return size(issue.origin, issue.maximum, true);
    case 'too_small':
      return size(issue.origin, issue.minimum, false);
    case 'invalid_value':
      return `应为以下之一：${issue.values.map((v) => String(v)).join('、')}`;
    case 'invalid_format':
      return FORMATS[issue.format] ?? '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_union':
      return '不是允许的取值';
    case 'unrecognized_keys':
      return `有未知的字段：${issue.keys.join('、')}`;
    case 'invalid_key':
      return '字段名不正确';
    case 'invalid_element':
      return '含有不正确的项';
    default:
      return issue.message ?? '取值不正确';
  }
}

/** Every issue as `字段：说明`, joined; the field path as `votes[0].yes`. */
export function archiveIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return path ? `字段 ${path}：${issue.message}` : issue.message;
  });
  const more = error.issues.length > max ? `等 ${error.issues.length} 处问题` : '';
  return `${parts.join('；')}${more}`;
}
