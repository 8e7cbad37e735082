// Every duty by chapter with its status badge; each expands (<details>) to its rule, its subjects
// with their workings and due dates, and links to the records that count. Subjects are drawn only
// once a duty is opened, so the page stays light with thousands of subjects.
import { siteUrl } from '../../site-url';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  badgeOf,
  evidenceLink,
  scoreLine,
  scoreText,
  type ChapterGroup,
  type DutyRow,
  type RecordLookup,
  type ShownResult,
} from '../../../domain/compliance/dashboard';
import { STATUSES, type Status } from '../../../domain/compliance/types';
import type { Duty } from '../../../domain/schemas/duty';

/** Subjects listed at most per duty; the rest are counted. */
const MAX_SUBJECTS = 200;
/** Evidence links listed at most per subject. */
const MAX_LINKS = 8;

/** The order subjects are listed in: what falls short first. */
const SUBJECT_ORDER: readonly Status[] = ['missed', 'partial', 'unknown', 'pending', 'met', 'not_applicable'];

/** A status badge: colour, text and an icon whose shape differs by status. */
export function StatusBadge({
  result,
  duty,
}: {
  result: Pick<ShownResult, 'status' | 'dueDate'>;
  duty?: Pick<Duty, 'strength'>;
}) {
  const badge = badgeOf(result, duty);
  return (
    <span class={`status-badge status-${badge.tone}`}>
      <span class="status-icon" aria-hidden="true">
        {badge.icon}
      </span>
      {badge.text}
    </span>
  );
}

/** The links to the records of a subject, a few of them and a count of the rest. */
function EvidenceLinks({ refs, lookup }: { refs: ShownResult['evidence']; lookup: RecordLookup }) {
  if (refs.length === 0) return <span class="muted">—</span>;
  const shown = refs.slice(0, MAX_LINKS);
  return (
    <ul class="evidence-links">
      {shown.map((ref) => {
        const link = evidenceLink(ref, lookup);
        return (
          <li key={`${ref.table}:${ref.id}`}>
            {link.href ? <a href={siteUrl(link.href)}>{link.label}</a> : link.label}
          </li>
        );
      })}
      {refs.length > shown.length && <li class="muted">另有 {refs.length - shown.length} 条</li>}
    </ul>
  );
}

/** The workings of one duty: its rule and every subject. */
function Workings({ row, lookup }: { row: DutyRow; lookup: RecordLookup }) {
  const { duty, result } = row;
  const subjects = [...result.subjects].sort(
    (a, b) => SUBJECT_ORDER.indexOf(a.status) - SUBJECT_ORDER.indexOf(b.status),
  );
  const shown = subjects.slice(0, MAX_SUBJECTS);
  return (
    <div class="duty-workings">
      <p>
        <strong>规则：</strong>
        {duty.rule}
      </p>
      <p class="duty-meta">
        对象：{duty.subjectLabel}；依据：{duty.evidence}
        {result.score !== undefined && `；本项得分 ${scoreText({ value: result.score })} 分`}
      </p>
      {result.shortfall.length > 0 && (
        <p class="duty-shortfall">
          <strong>未达标的对象（{result.shortfall.length}）：</strong>
          {result.shortfall.slice(0, 30).join('、')}
          {result.shortfall.length > 30 && ` 等 ${result.shortfall.length} 个`}
        </p>
      )}
      <div class="table-wrap">
        <table class="subject-table">
          <caption class="sr-only">{duty.title}：各对象的考评情况</caption>
          <thead>
            <tr>
              <th scope="col">对象</th>
              <th scope="col">结论</th>
              <th scope="col">说明</th>
              <th scope="col">依据记录</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>
                  <StatusBadge result={s} duty={duty} />
                </td>
                <td>{s.note}</td>
                <td>
                  <EvidenceLinks refs={s.evidence} lookup={lookup} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {subjects.length > shown.length && (
        <p class="muted">
          共 {subjects.length} 个对象，此处列出前 {shown.length} 个（未达标的在前）。
        </p>
      )}
    </div>
  );
}

/** The duty id the URL's fragment names (`#art04-annual-work-plan`), kept up to date. */
function useTargetDuty(): string {
  const read = () => decodeURIComponent(window.location.hash.slice(1));
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const onChange = () => setTarget(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return target;
}

/**
 * One duty: a summary line with its badge, opening to its workings. The duty the URL's fragment
 * names opens and scrolls into view (the results arrive after the browser's own jump to it).
 */
function DutyItem({ row, lookup, target }: { row: DutyRow; lookup: RecordLookup; target: string }) {
  const { duty, result } = row;
  const [open, setOpen] = useState(target === duty.id);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (target !== duty.id || !details.current) return;
    details.current.open = true;
    setOpen(true);
    details.current.scrollIntoView({ block: 'start' });
  }, [target, duty.id]);
  return (
    <li class={`duty-item duty-${result.status}`} id={duty.id}>
      <details
        ref={details}
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <StatusBadge result={result} duty={duty} />
          <span class="duty-source">{duty.sourceLabel}</span>
          <span class="duty-title">{duty.title}</span>
          {result.subjects.length > 1 && (
            <span class="duty-count">
              {result.subjects.filter((s) => s.status === 'met').length}/{result.subjects.length} 达标
            </span>
          )}
        </summary>
        {open && <Workings row={row} lookup={lookup} />}
      </details>
    </li>
  );
}

/** Every chapter with its score and its duties. */
export function DutyList({ groups, lookup }: { groups: readonly ChapterGroup[]; lookup: RecordLookup }) {
  const target = useTargetDuty();
  return (
    <>
      {groups.map((group) => (
        <section class="duty-chapter" key={group.chapter} aria-labelledby={`chapter-${group.chapter}`}>
          <h3 id={`chapter-${group.chapter}`}>
            {group.heading}
            <span class="chapter-score">{scoreLine(group.score)}</span>
          </h3>
          <ul class="duty-list">
            {group.rows.map((row) => (
              <DutyItem key={row.duty.id} row={row} lookup={lookup} target={target} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The six statuses with a short explanation, as a legend. */
export function StatusLegend() {
  const explain: Record<Status, string> = {
    met: '已按规则完成',
    partial: '部分对象完成',
    missed: '期限已过未完成',
    pending: '尚未到期',
    unknown: '台账缺少数据，无法判断',
    not_applicable: '本期没有需要衡量的对象',
  };
  return (
    <ul class="status-legend" aria-label="结论说明">
      {(Object.keys(STATUSES) as Status[]).map((s) => (
        <li key={s}>
          <StatusBadge result={{ status: s }} />
          {explain[s]}
        </li>
      ))}
      <li>
        <StatusBadge result={{ status: 'missed' }} duty={{ strength: 'normally' }} />
        “一般”“可以”类要求未做到，作提醒，仍计分
      </li>
    </ul>
  );
}
