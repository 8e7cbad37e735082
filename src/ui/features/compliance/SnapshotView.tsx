// One frozen snapshot: the printable 年度考评报告 and each duty's workings, drawn from the stored
// results (never recomputed), with a note when the duty catalogue has changed since closing.
import { siteUrl } from '../../site-url';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue } from '../../../domain/catalogue';
import { groupByChapter, recordLookup } from '../../../domain/compliance/dashboard';
import { catalogueChangeNote, catalogueHash } from '../../../domain/compliance/snapshot';
import { records as recordsOf } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import { DutyList, StatusLegend } from './DutyList';
import { Report } from './Report';
import { WordButton } from '../word/WordButton';
import { today } from '../../../domain/dates';
import { useEvaluationData } from './use-compliance-data';

/** The view of the snapshot with this id. */
export function SnapshotView({
  id,
  chapterTitles,
}: {
  id: string;
  chapterTitles: Readonly<Record<number, string>>;
}) {
  const { data, loading, error } = useLiveQuery(
    async () => ({ snapshot: await recordsOf('snapshots').get(id) }),
    [id],
  );
  const [hash, setHash] = useState<string>();
  useEffect(() => {
    void catalogueHash(catalogue).then(setHash);
  }, []);
  const snapshot = data?.snapshot;
  // The records are read only to name and link the evidence; the results come from the snapshot.
  const records = useEvaluationData(snapshot?.range);
  const lookup = useMemo(() => recordLookup(records.data ?? {}), [records.data]);
  const groups = useMemo(
    () => (snapshot ? groupByChapter(snapshot, catalogue, chapterTitles) : []),
    [snapshot, chapterTitles],
  );

  if (error !== undefined)
    return (
      <p class="notice notice-error" role="alert">
        无法读取封存结果：{String((error as Error)?.message ?? error)}
      </p>
    );
  if (loading && !data) return <p role="status">正在打开封存结果…</p>;
  if (!snapshot)
    return (
      <p class="notice" role="alert">
        没有找到这份封存结果，可能已被删除。<a href={siteUrl('/compliance/')}>返回考评</a>
      </p>
    );
  const changeNote = hash ? catalogueChangeNote(snapshot, { hash, version: catalogue.version }) : undefined;

  return (
    <div class="compliance-page snapshot-view">
      <div class="snapshot-toolbar print-hidden">
        <a href={siteUrl('/compliance/')}>← 返回考评</a>
        <button type="button" class="button-primary" onClick={() => window.print()}>
          打印考评报告
        </button>{' '}
        <WordButton
          label="下载考评报告（Word）"
          run={(word) =>
            word.downloadComplianceDocx(
              snapshot,
              {
                townshipName: snapshot.townshipName,
                label: snapshot.label,
                range: snapshot.range,
                asOf: snapshot.asOf,
                catalogueVersion: snapshot.catalogueVersion,
                closed: {
                  on: today(() => new Date(snapshot.createdAt)),
                  by: snapshot.closedBy,
                  catalogueHash: snapshot.catalogueHash,
                },
                ...(changeNote ? { changeNote } : {}),
              },
              chapterTitles,
            )
          }
        />
        <p class="muted">
          这是 {snapshot.label} 封存时的考评结果，不随台账的后续修改而变化。打印时只输出下面的报告（A4）。
        </p>
      </div>
      <Report snapshot={snapshot} chapterTitles={chapterTitles} changeNote={changeNote} />
      <section class="print-hidden snapshot-workings" aria-labelledby="snapshot-workings-title">
        <h2 id="snapshot-workings-title">逐项依据（封存时的结果）</h2>
        <p class="muted">展开每项义务，可以看到各对象的说明和当时计入的记录；链接打开台账中的现有记录。</p>
        <StatusLegend />
        <DutyList groups={groups} lookup={lookup} />
      </section>
    </div>
  );
}
