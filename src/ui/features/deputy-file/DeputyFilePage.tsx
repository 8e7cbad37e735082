// 履职档案: one deputy's record of work by year, with 履职积分 traced to each record; prints on A4.
import { siteUrl } from '../../site-url';
import { buildDutyFile } from '../../../domain/points/deputy-file';
import { DEPUTY_LEVELS, DEPUTY_STATUSES } from '../../../domain/ledger';
import { readDutyFile } from '../../../storage/queries/deputies';
import { useLiveQuery } from '../../kit/use-live-query';
import { EmptyList, ListTable } from '../../kit/ListTable';

const SOURCE_PAGES = {
  sessions: siteUrl('/ledger/meetings/'),
  activities: siteUrl('/ledger/activities/'),
  suggestions: siteUrl('/ledger/suggestions/'),
  livelihoodProjects: siteUrl('/ledger/livelihood/'),
} as const;

/** The duty file of the deputy named by `?id=` in the address. */
export function DeputyFilePage() {
  const id = new URLSearchParams(window.location.search).get('id') ?? '';
  const { data, error, loading } = useLiveQuery(async () => {
    const input = await readDutyFile(id);
    return input && { deputy: input.deputy, file: buildDutyFile(input) };
  }, [id]);

  if (error !== undefined)
    return (
      <p class="notice notice-error" role="alert">
        读取履职档案失败：{String((error as Error)?.message ?? error)}
      </p>
    );
  if (loading && !data) return <p role="status">正在读取履职档案…</p>;
  if (!data)
    return (
      <p class="notice">
        没有找到这位代表。请从<a href={siteUrl('/ledger/deputies/')}>代表名册</a>中点“履职档案”打开。
      </p>
    );
  const { deputy, file } = data;
  return (
    <article class="duty-file">
      <h2>{deputy.name} 履职档案</h2>
      <dl class="duty-file-meta">
        <dt>代表层级</dt>
        <dd>{deputy.levels.map((l) => DEPUTY_LEVELS[l]).join('、')}</dd>
        <dt>选区</dt>
        <dd>{deputy.constituency ?? '—'}</dd>
        <dt>任职</dt>
        <dd>
          {deputy.serviceFrom} 起{deputy.serviceTo ? `，${deputy.serviceTo} 止` : ''}（
          {DEPUTY_STATUSES[deputy.status]}）
        </dd>
        <dt>履职积分合计</dt>
        <dd>
          <strong>{file.total}</strong> 分
        </dd>
      </dl>
      <p class="print-hidden">
        <button type="button" class="print-button" onClick={() => window.print()}>
          打印履职档案
        </button>
      </p>
      {file.years.length === 0 && <EmptyList>台账中还没有这位代表的履职记录。</EmptyList>}
      {file.years.map((year) => (
        <section key={year.year} class="duty-file-year" aria-labelledby={`year-${year.year}`}>
          <h3 id={`year-${year.year}`}>
            {year.year}年 · 积分 {year.total}
          </h3>
          <ListTable labels={['日期', '履职事项', '积分']} actions={false} bare>
            {year.entries.map((entry) => (
              <tr key={`${entry.source.id}-${entry.key}`}>
                <td class="nowrap">{entry.date}</td>
                <td>
                  <a href={SOURCE_PAGES[entry.source.table]}>{entry.description}</a>
                </td>
                <td>{entry.points > 0 ? `+${entry.points}` : entry.points}</td>
              </tr>
            ))}
          </ListTable>
        </section>
      ))}
      <p class="muted">积分按记录当日有效的积分表计算（积分表可在“设置”中修改，修改后只影响此后的记录）。</p>
    </article>
  );
}
