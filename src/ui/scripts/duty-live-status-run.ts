// The part of the live duty status that reads the ledger: loaded only when this browser has one.
// Evaluates the duties shown on the page for the current year as of today (or the ledger's latest
// year, when nothing is recorded this year yet) and writes a status line under each.
import { catalogue } from '../../domain/catalogue';
import { evaluationContext, evaluateDuty, STATUSES, type DutyResult } from '../../domain/compliance';
import { formatChineseDate, today, yearRange } from '../../domain/dates';
import { getSettings } from '../../storage/ledger';
import { loadForEvaluation } from '../../storage/evaluation';
import { getLedgerDb } from '../../storage/instance';

/** The status line of one duty: status, then the due date or the shortfall. */
export function statusLine(result: DutyResult): string {
  const label = STATUSES[result.status];
  if (result.status === 'pending' && result.dueDate)
    return `${label}，截止${formatChineseDate(result.dueDate)}`;
  if ((result.status === 'missed' || result.status === 'partial') && result.shortfall.length > 0) {
    const names = result.shortfall.slice(0, 3).join('、');
    return `${label}：${names}${result.shortfall.length > 3 ? `等${result.shortfall.length}项` : ''}未达到`;
  }
  return label;
}

/** Evaluates the duties whose slots are on the page and fills each slot. */
export async function showDutyStatus(root: ParentNode): Promise<void> {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-duty-live]')];
  const db = getLedgerDb();
  if ((await db.township.count()) === 0) return;
  const latest = await db.activities.orderBy('date').last();
  const thisYear = Number(today().slice(0, 4));
  // A ledger with nothing recorded this year yet (January; an archive of past years; the demo)
  // shows its latest year as closed, rather than a year of empty, failing duties.
  const year = latest ? Math.min(thisYear, Number(latest.date.slice(0, 4))) : thisYear;
  const range = yearRange(year);
  const asOf = year < thisYear ? range.end : today();
  const [data, settings] = await Promise.all([loadForEvaluation(db, range), getSettings(db)]);
  const ctx = evaluationContext(data, settings, catalogue, asOf);
  for (const slot of slots) {
    const duty = catalogue.duties.find((d) => d.id === slot.dataset['dutyLive']);
    if (!duty) continue;
    let result: DutyResult;
    try {
      result = evaluateDuty(duty, range, ctx);
    } catch {
      continue;
    }
    slot.replaceChildren(
      document.createTextNode(
        year < thisYear
          ? `本浏览器台账 ${year}年全年：`
          : `本浏览器台账 ${year}年（截至${formatChineseDate(asOf)}）：`,
      ),
      badge(result),
      document.createTextNode(' '),
      link(duty.id, year),
    );
    slot.hidden = false;
  }
}

function badge(result: DutyResult): HTMLElement {
  const span = document.createElement('span');
  span.className = `duty-status duty-status-${result.status}`;
  span.textContent = statusLine(result);
  return span;
}

function link(id: string, year: number): HTMLElement {
  const a = document.createElement('a');
  a.href = `/compliance/?year=${year}#${id}`;
  a.textContent = '查看依据';
  return a;
}
