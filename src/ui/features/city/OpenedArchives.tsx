// The archives opened on the city page: file, township, date, counts, and how verifying went.
import { countsLine, formatDate } from '../archive/labels';
import { Progress } from '../archive/Progress';
import type { ReadArchive } from '../../../domain/archive';

/** One archive chosen on the page, as it is being read or once read. */
export type Entry =
  | { key: string; fileName: string; step: 'reading'; fraction: number }
  | { key: string; fileName: string; step: 'ok'; archive: ReadArchive }
  | { key: string; fileName: string; step: 'failed'; message: string };

/** The table of opened archives, each with 移除. */
export function OpenedArchives({
  entries,
  onRemove,
}: {
  entries: readonly Entry[];
  onRemove: (key: string) => void;
}) {
  return (
    <section aria-labelledby="city-archives-title">
      <h2 id="city-archives-title">已打开的归档</h2>
      <div class="city-table-wrap" tabIndex={0} role="group" aria-label="已打开的归档列表">
        <table class="record-table city-archives">
          <thead>
            <tr>
              <th scope="col">文件</th>
              <th scope="col">乡镇</th>
              <th scope="col">归档日期</th>
              <th scope="col">记录</th>
              <th scope="col">校验</th>
              <th scope="col">
                <span class="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.key}>
                <td>{e.fileName}</td>
                <td>
                  {e.step === 'ok' ? e.archive.info.townshipName : '—'}
                  {e.step === 'ok' && e.archive.info.isDemo && <span class="badge">示例数据</span>}
                </td>
                <td class="nowrap">{e.step === 'ok' ? formatDate(e.archive.info.baggingDate) : '—'}</td>
                <td class="city-counts">{e.step === 'ok' ? countsLine(e.archive.info.counts) : '—'}</td>
                <td class="city-check">
                  {e.step === 'reading' && <Progress label="正在校验" fraction={e.fraction} />}
                  {e.step === 'ok' && <span class="check-ok">校验通过</span>}
                  {e.step === 'failed' && (
                    <>
                      <span class="check-failed">校验失败</span>：{e.message}
                    </>
                  )}
                </td>
                <td class="nowrap">
                  <button
                    type="button"
                    disabled={e.step === 'reading'}
                    aria-label={`移除 ${e.fileName}`}
                    onClick={() => onRemove(e.key)}
                  >
                    移除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
