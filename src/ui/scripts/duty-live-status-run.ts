// The part of the live duty status that reads the ledger: loaded only when this browser has one.
// Evaluates the duties shown on the page for the current year as of today (or the ledger's latest
// year, when nothing is recorded this year yet) and writes a status line under each.
import { siteUrl } from '../site-url';
import { catalogue } from '../../domain/catalogue';
import { evaluationContext, evaluateDuty, type DutyResult } from '../../domain/compliance';
import { badgeOf } from '../../domain/compliance/dashboard';
import type { Duty } from '../../domain/schemas/duty';
import { formatChineseDate, today, yearRange } from '../../domain/dates';
import { readEvaluationInput, readLedgerYearHint } from '../../storage/queries/evaluation';

/** What falls short, in a few words (`张三、李四等5项未达到`); empty when nothing does. */
export function shortfallLine(result: Pick<DutyResult, 'shortfall'>): string {
  if (result.shortfall.length === 0) return '';
  const names = result.shortfall.slice(0, 3).join('、');
  return `${names}${result.shortfall.length > 3 ? `等${result.shortfall.length}项` : ''}未达到`;
}

/**
 * How much the status rests on, for a duty over several subjects: `（75 个对象中已衡量 70 个，待完成 5 个）`;
 * empty for a single subject, whose badge says it all.
 */
export function coverageNote(result: Pick<DutyResult, 'subjects'>): string {
  if (result.subjects.length < 2) return '';
  const scored = result.subjects.filter((s) => s.status === 'met' || s.status === 'missed').length;
  const pending = result.subjects.filter((s) => s.status === 'pending').length;
  const unknown = result.subjects.filter((s) => s.status === 'unknown').length;
  const rest = [pending > 0 ? `待完成 ${pending} 个` : '', unknown > 0 ? `数据不足 ${unknown} 个` : '']
    .filter(Boolean)
    .join('，');
  return `（${result.subjects.length} 个对象中已衡量 ${scored} 个${rest ? `，${rest}` : ''}）`;
}

/** Evaluates the duties whose slots are on the page and fills each slot. */
export async function showDutyStatus(root: ParentNode): Promise<void> {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-duty-live]')];
  const hint = await readLedgerYearHint();
  if (!hint) return;
  const latest = hint.latestActivityDate;
  const thisYear = Number(today().slice(0, 4));
  // A ledger with nothing recorded this year yet (January; an archive of past years; the demo)
  // shows its latest year as closed, rather than a year of empty, failing duties.
  const year = latest ? Math.min(thisYear, Number(latest.slice(0, 4))) : thisYear;
  const range = yearRange(year);
  const asOf = year < thisYear ? range.end : today();
  const { data, settings } = await readEvaluationInput(range);
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
      badge(result, duty),
      document.createTextNode(` ${coverageNote(result)}${shortfallLine(result)} `),
      link(duty.id, year),
    );
    slot.hidden = false;
  }
}

/** The same badge as the 考评 dashboard's (colour, icon shape and words; styles in status.css). */
function badge(result: DutyResult, duty: Duty): HTMLElement {
  const { tone, icon, text } = badgeOf(result, duty);
  const span = document.createElement('span');
  span.className = `status-badge status-${tone}`;
  const glyph = document.createElement('span');
  glyph.className = 'status-icon';
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = icon;
  span.append(glyph, text);
  return span;
}

function link(id: string, year: number): HTMLElement {
  const a = document.createElement('a');
  a.href = siteUrl(`/compliance/?year=${year}#${id}`);
  a.textContent = '查看依据';
  return a;
}
