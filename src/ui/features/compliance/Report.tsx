// The A4 年度考评报告 of a frozen snapshot: title, summary, chapter scores, every duty with its
// status and workings, and the shortfalls. Drawn from the stored results only, never recomputed.
import { catalogue } from '../../../domain/catalogue';
import {
  badgeOf,
  groupByChapter,
  scoreLine,
  scoreText,
  shortfallSubjects,
  statusCounts,
  unlistedResults,
  workingsLine,
} from '../../../domain/compliance/dashboard';
import { coverageLine, scoreStanding, standingScoreText } from '../../../domain/compliance/standing';
import { STATUSES, type Status } from '../../../domain/compliance/types';
import { formatChineseDate, today } from '../../../domain/dates';
import type { Snapshot } from '../../../domain/ledger';
import { StatusBadge } from './DutyList';

/** The report's title: 《示例镇2025年度人大工作考评报告》. */
export const reportTitle = (snapshot: Pick<Snapshot, 'townshipName' | 'label'>) =>
  `《${snapshot.townshipName}${snapshot.label}人大工作考评报告》`;

/** The printable report of a snapshot. */
export function Report({
  snapshot,
  chapterTitles,
  changeNote,
}: {
  snapshot: Snapshot;
  chapterTitles: Readonly<Record<number, string>>;
  changeNote?: string | undefined;
}) {
  const groups = groupByChapter(snapshot, catalogue, chapterTitles);
  const unlisted = unlistedResults(snapshot, catalogue);
  const counts = statusCounts(snapshot.results);
  const period = { range: snapshot.range, asOf: snapshot.asOf };
  const standing = scoreStanding(snapshot.results, period);
  const closedOn = today(() => new Date(snapshot.createdAt));
  const countText = (Object.keys(STATUSES) as Status[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${STATUSES[s]} ${counts[s]} 项`)
    .join('，');

  return (
    <article class="compliance-report" aria-labelledby="report-title">
      <h2 id="report-title" class="report-title">
        {reportTitle(snapshot)}
      </h2>
      <p class="report-meta">
        考评期间 {snapshot.range.start} 至 {snapshot.range.end}，结果截至 {formatChineseDate(snapshot.asOf)}。
        按义务清单 {snapshot.catalogueVersion} 版考评（清单校验码 {snapshot.catalogueHash.slice(0, 12)}）。
        {snapshot.closedBy ? `封存人：${snapshot.closedBy}，` : ''}封存于 {formatChineseDate(closedOn)}。
      </p>
      {changeNote && (
        <p class="notice report-change-note" role="note">
          {changeNote}
        </p>
      )}

      <h3>一、总体情况</h3>
      <p>
        总分 <strong>{standingScoreText(snapshot.overall.value, standing.standing, true)}</strong>（满分 100
        分，计入 {snapshot.overall.scored} 项义务；待完成、不适用和数据不足的义务不计分）。共考评{' '}
        {snapshot.results.length} 项义务：{countText}。
      </p>
      <p class="report-coverage">
        覆盖情况：{coverageLine(standing.coverage)}。
        {standing.reasons.length > 0 &&
          `得分${standing.standing === 'withheld' ? '仅为试算' : '为暂定'}：${standing.reasons.join('；')}（本工具的做法，细则未规定计分方法）。`}
      </p>

      <h3>二、各章得分</h3>
      <ChapterScores snapshot={snapshot} groups={groups} />

      <h3>三、逐项考评情况</h3>
      <DutyTables groups={groups} unlisted={unlisted} />

      <h3>四、未达标事项</h3>
      <Shortfalls snapshot={snapshot} />
      <p class="report-signature">
        {snapshot.townshipName}人大主席团
        <br />
        {formatChineseDate(closedOn)}
      </p>
    </article>
  );
}

/** The chapters of a snapshot, as groupByChapter gives them. */
type ChapterGroups = ReturnType<typeof groupByChapter>;

/** 二、各章得分: a row per chapter and the total. */
function ChapterScores({ snapshot, groups }: { snapshot: Snapshot; groups: ChapterGroups }) {
  const counts = statusCounts(snapshot.results);
  const period = { range: snapshot.range, asOf: snapshot.asOf };
  const standing = scoreStanding(snapshot.results, period);
  return (
    <table class="report-table report-chapters">
      <thead>
        <tr>
          <th scope="col">章</th>
          <th scope="col">得分</th>
          <th scope="col">计分义务</th>
          <th scope="col">已达标</th>
          <th scope="col">部分达标</th>
          <th scope="col">未达标</th>
          <th scope="col">其他</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const c = statusCounts(g.rows.map((r) => r.result));
          return (
            <tr key={g.chapter}>
              <th scope="row">{g.heading}</th>
              <td>
                {standingScoreText(
                  g.score.value,
                  scoreStanding(
                    g.rows.map((r) => r.result),
                    period,
                  ).standing,
                  true,
                )}
              </td>
              <td>{g.score.scored}</td>
              <td>{c.met}</td>
              <td>{c.partial}</td>
              <td>{c.missed}</td>
              <td>{c.pending + c.unknown + c.not_applicable}</td>
            </tr>
          );
        })}
        <tr class="report-total">
          <th scope="row">合计</th>
          <td>{standingScoreText(snapshot.overall.value, standing.standing, true)}</td>
          <td>{snapshot.overall.scored}</td>
          <td>{counts.met}</td>
          <td>{counts.partial}</td>
          <td>{counts.missed}</td>
          <td>{counts.pending + counts.unknown + counts.not_applicable}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** 三、逐项考评情况: a table of each chapter's duties, and the results no longer in the catalogue. */
function DutyTables({ groups, unlisted }: { groups: ChapterGroups; unlisted: readonly { id: string }[] }) {
  return (
    <>
      {groups.map((g) => (
        <section key={g.chapter} class="report-chapter">
          <h4>
            {g.heading}（{scoreLine(g.score)}）
          </h4>
          <table class="report-table report-duties">
            <thead>
              <tr>
                <th scope="col">条款</th>
                <th scope="col">义务</th>
                <th scope="col">结论</th>
                <th scope="col">考评说明</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map(({ duty, result }) => (
                <tr key={duty.id}>
                  <td class="nowrap">{duty.sourceLabel}</td>
                  <td>{duty.title}</td>
                  <td>
                    <StatusBadge result={result} duty={duty} />
                    {result.score !== undefined && result.status === 'partial' && (
                      <span class="report-score">{scoreText({ value: result.score })} 分</span>
                    )}
                  </td>
                  <td>{workingsLine(result)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {unlisted.length > 0 && (
        <p class="muted">
          另有 {unlisted.length} 项义务已不在现行义务清单中：{unlisted.map((r) => r.id).join('、')}。
        </p>
      )}
    </>
  );
}

/** 四、未达标事项: each missed or partial duty with the subjects that fell short. */
function Shortfalls({ snapshot }: { snapshot: Snapshot }) {
  const dutyOf = (id: string) => catalogue.duties.find((d) => d.id === id);
  const short = snapshot.results.filter((r) => r.status === 'missed' || r.status === 'partial');
  return short.length === 0 ? (
    <p>本期没有未达标的义务。</p>
  ) : (
    <ol class="report-shortfalls">
      {short.map((r) => {
        const duty = dutyOf(r.id);
        const subjects = shortfallSubjects(r);
        return (
          <li key={r.id}>
            <p>
              <strong>{duty ? `${duty.title}（${duty.sourceLabel}）` : r.id}</strong>：{badgeOf(r, duty).text}
              。
            </p>
            <ul>
              {subjects.map((s, i) => (
                <li key={i}>
                  {s.label}：{s.note}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
