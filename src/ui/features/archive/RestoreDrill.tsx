// 恢复演练: open an archive in a temporary, read-only database, browse it as the ledger, and discard
// it — a check that a backup really restores, without touching the ledger. The work is done by
// src/storage/drill.ts; the banner with 结束演练 is on every page (src/ui/components/DrillBanner.astro).
import { siteUrl } from '../../site-url';
import { useState } from 'preact/hooks';
import { readArchive, type ReadArchive } from '../../../domain/archive';
import { activeDrill, startDrill } from '../../../storage/queries/drill';
import { ArchiveFilePicker } from './ArchiveFilePicker';
import { countsLine, formatDate } from './labels';
import { Progress } from './Progress';

type DrillState =
  | { step: 'choose' }
  | { step: 'verifying'; fileName: string; fraction: number }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'ready'; fileName: string; archive: ReadArchive }
  | { step: 'starting'; fileName: string }
  | { step: 'failed'; fileName: string; message: string };

const errorText = (error: unknown) => String((error as Error)?.message ?? error);

/** The restore-drill section of the 归档与导入 page. */
export function RestoreDrill() {
  const [state, setState] = useState<DrillState>({ step: 'choose' });
  const running = activeDrill();

  const verify = async (file: File) => {
    const fileName = file.name;
    setState({ step: 'verifying', fileName, fraction: 0 });
    try {
      const result = await readArchive(await file.arrayBuffer(), {
        onProgress: (fraction) => setState({ step: 'verifying', fileName, fraction }),
      });
      setState(
        result.ok
          ? { step: 'ready', fileName, archive: result.archive }
          : { step: 'refused', fileName, message: result.message },
      );
    } catch (error) {
      setState({ step: 'refused', fileName, message: `无法读取这个文件（${errorText(error)}）。` });
    }
  };

  const start = async () => {
    if (state.step !== 'ready') return;
    const { fileName, archive } = state;
    setState({ step: 'starting', fileName });
    try {
      const result = await startDrill(archive, fileName);
      if (!result.ok) {
        setState({ step: 'failed', fileName, message: result.message });
        return;
      }
      location.assign(siteUrl('/ledger/'));
    } catch (error) {
      setState({ step: 'failed', fileName, message: `演练没有开始（${errorText(error)}）。` });
    }
  };

  return (
    <section class="archive-section" aria-labelledby="drill-title">
      <h2 id="drill-title">恢复演练</h2>
      <p>
        检查一份归档能否真正恢复，而不动您的台账：归档会先校验，再放进一个临时的只读数据库，台账各页面改为显示归档里的数据；
        看完点页面顶部的“结束演练”，临时数据即被丢弃。
      </p>
      {running ? (
        <p class="notice" role="status">
          正在演练 {running.townshipName} {running.baggingDate} 的归档。请在页面顶部点“结束演练”回到您的台账。
        </p>
      ) : (
        <>
          {(state.step === 'choose' || state.step === 'refused' || state.step === 'failed') && (
            <ArchiveFilePicker
              id="drill-file"
              label="选择要演练的归档文件"
              onFiles={([file]) => file && verify(file)}
            />
          )}
          {state.step === 'verifying' && (
            <Progress label={`正在校验“${state.fileName}”…`} fraction={state.fraction} />
          )}
          {(state.step === 'refused' || state.step === 'failed') && (
            <p class="notice notice-error" role="alert">
              “{state.fileName}”{state.step === 'refused' ? '没有通过校验' : '无法用于演练'}：{state.message}
            </p>
          )}
          {state.step === 'ready' && (
            <div class="archive-review" role="status">
              <p>
                “{state.fileName}”校验通过：{state.archive.info.townshipName || '未命名乡镇'}，归档日期{' '}
                {formatDate(state.archive.info.baggingDate)}
                {state.archive.info.isDemo ? '（示例数据）' : ''}。{countsLine(state.archive.info.counts)}。
              </p>
              <div class="archive-actions">
                <button type="button" class="button-primary" onClick={start}>
                  开始演练
                </button>
                <button type="button" onClick={() => setState({ step: 'choose' })}>
                  换一个文件
                </button>
              </div>
            </div>
          )}
          {state.step === 'starting' && <p role="status">正在把归档放进临时数据库…</p>}
        </>
      )}
    </section>
  );
}
