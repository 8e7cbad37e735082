// 文件与制度: the deadlines a document runs against — filing a normative resolution with the city
// standing committee (第四条(九), days from the settings) and publishing a budget document (预算法 14,
// 20 days) — and the checklist of the six procedure rules of 第二十二条(二).
import { addDays, diffDays, isAfter, type IsoDate } from '../../dates';
import { PROCEDURE_RULES, type LedgerDocument } from './schema';

/** Days after approval within which a budget document is made public (预算法第十四条). */
export const BUDGET_PUBLICATION_DAYS = 20;

/** How a document stands against its deadline. */
export type DeadlineStatus =
  /** Done within the deadline. */
  | 'onTime'
  /** Done, but after the deadline. */
  | 'late'
  /** Not done, and the deadline has passed. */
  | 'overdue'
  /** Not done yet, still within the deadline. */
  | 'pending';

export interface DocumentDeadline {
  /** What must be done: 备案 or 公开. */
  action: '备案' | '公开';
  status: DeadlineStatus;
  /** Days allowed after adoption. */
  limitDays: number;
  /** The last day it may be done on. */
  dueDate: IsoDate;
  /** Days from adoption to the filing or publication, when done. */
  days?: number;
  /** Whether the list should flag it (late or overdue). */
  flagged: boolean;
  /** A short Chinese sentence for the list. */
  text: string;
}

/**
 * The deadline of a normative resolution (filing) or a budget document (publication), as of
 * `today`; undefined for other kinds, which have none.
 */
export function documentDeadline(
  document: Pick<LedgerDocument, 'kind' | 'adoptedOn' | 'filedOn' | 'publishedOn'>,
  options: { normativeFilingDays: number; today: IsoDate },
): DocumentDeadline | undefined {
  const spec =
    document.kind === 'normativeResolution'
      ? { action: '备案' as const, limitDays: options.normativeFilingDays, doneOn: document.filedOn }
      : document.kind === 'budgetDocument'
        ? { action: '公开' as const, limitDays: BUDGET_PUBLICATION_DAYS, doneOn: document.publishedOn }
        : undefined;
  if (!spec) return undefined;
  const { action, limitDays, doneOn } = spec;
  const dueDate = addDays(document.adoptedOn, limitDays);
  if (doneOn) {
    const days = diffDays(document.adoptedOn, doneOn);
    const late = days > limitDays;
    return {
      action,
      status: late ? 'late' : 'onTime',
      limitDays,
      dueDate,
      days,
      flagged: late,
      text: late
        ? `通过后${days}天${action}，超过${limitDays}天期限`
        : `通过后${days}天${action}，在${limitDays}天期限内`,
    };
  }
  const overdue = isAfter(options.today, dueDate);
  return {
    action,
    status: overdue ? 'overdue' : 'pending',
    limitDays,
    dueDate,
    flagged: overdue,
    text: overdue
      ? `未${action}，已超过${limitDays}天期限（应于 ${dueDate} 前）`
      : `待${action}，应于 ${dueDate} 前`,
  };
}

export type ProcedureRule = keyof typeof PROCEDURE_RULES;

/** One line of the procedure-rules checklist. */
export interface ProcedureRuleItem {
  rule: ProcedureRule;
  label: string;
  /** Whether a document adopting it is recorded (adopted on or before the as-of date). */
  established: boolean;
  /** The version in force: the latest one adopted on or before the as-of date. */
  document?: Pick<LedgerDocument, 'id' | 'title' | 'adoptedOn'>;
}

/**
 * The six procedure rules of 第二十二条(二), each marked established when a procedure-rule
 * document for it was adopted on or before `asOf`, with the count established.
 */
export function procedureRulesChecklist(
  documents: readonly Pick<LedgerDocument, 'id' | 'kind' | 'procedureRule' | 'title' | 'adoptedOn'>[],
  asOf: IsoDate,
): { items: ProcedureRuleItem[]; established: number; total: number } {
  const items = (Object.keys(PROCEDURE_RULES) as ProcedureRule[]).map((rule): ProcedureRuleItem => {
    const document = documents
      .filter((d) => d.kind === 'procedureRule' && d.procedureRule === rule && !isAfter(d.adoptedOn, asOf))
      .sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn))[0];
    return {
      rule,
      label: PROCEDURE_RULES[rule],
      established: document !== undefined,
      ...(document
        ? { document: { id: document.id, title: document.title, adoptedOn: document.adoptedOn } }
        : {}),
    };
  });
  return { items, established: items.filter((i) => i.established).length, total: items.length };
}
