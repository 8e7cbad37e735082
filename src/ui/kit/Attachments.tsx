// The 附件 part of a record's form, shared by every ledger table whose records are evidence: pick
// files (several at once), see them with thumbnails, preview, download, delete with undo. Files are
// stored the moment they are chosen (checked first, see storage/attachments.ts); the record's own
// 保存 button is not needed for them. Also the paperclip count shown in list rows.
import { useReadOnlyReason, writeControl } from './use-read-only';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Attachment } from '../../domain/ledger';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../domain/ledger';
import { attachmentTypeLabel, formatFileSize, isImageType } from '../../domain/ledger/attachment-file';
import {
  addAttachment,
  attachmentFiles,
  listAttachments,
  readAttachmentBlob,
  type AttachmentOwner,
} from '../../storage/queries/attachments';
import { useAttachmentUrl } from './use-attachment-url';
import { useLiveQuery } from './use-live-query';
import { useUndoableRemove } from './use-undoable-remove';
import './attachments.css';

/** What the file picker offers; the bytes are checked again whatever the picker lets through. */
const ACCEPT = [...Object.keys(ATTACHMENT_TYPES), '.jpg', '.jpeg', '.png', '.webp', '.pdf'].join(',');

/** How long a download link stays valid: long enough for the browser to start saving. */
const DOWNLOAD_URL_MS = 60_000;

/** Saves an attachment's bytes under its own name through a temporary download link. */
async function download(attachment: Attachment): Promise<string | undefined> {
  const blob = await readAttachmentBlob(attachment.id);
  if (!blob) return `找不到“${attachment.fileName}”的文件内容，无法下载。`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_MS);
  return undefined;
}

/** `PNG 图片 · 12 KB`. */
function describeFile(attachment: Attachment): string {
  return `${attachmentTypeLabel(attachment.mediaType)} · ${formatFileSize(attachment.size)}`;
}

/** A small picture of an image attachment, or a badge for a PDF. Decorative: the name is beside it. */
function Thumbnail({ attachment }: { attachment: Attachment }) {
  const image = isImageType(attachment.mediaType);
  const { url } = useAttachmentUrl(attachment.id, image);
  if (!image)
    return (
      <span class="attachment-thumb attachment-thumb-pdf" aria-hidden="true">
        PDF
      </span>
    );
  return url ? (
    <img class="attachment-thumb" src={url} alt="" loading="lazy" decoding="async" />
  ) : (
    <span class="attachment-thumb" aria-hidden="true" />
  );
}

interface PreviewProps {
  attachment: Attachment;
  onClose: () => void;
  onDownload: (attachment: Attachment) => void;
}

/** A modal dialog showing one attachment: an image as itself, a PDF in the browser's viewer. */
function PreviewDialog({ attachment, onClose, onDownload }: PreviewProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { url, missing } = useAttachmentUrl(attachment.id);
  const headingId = `attachment-preview-${attachment.id}`;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="attachment-preview" aria-labelledby={headingId} onClose={onClose}>
      <div class="attachment-preview-bar">
        <div>
          <h4 id={headingId}>{attachment.fileName}</h4>
          <span class="attachment-detail">{describeFile(attachment)}</span>
        </div>
        <div class="attachment-preview-actions">
          <button type="button" onClick={() => onDownload(attachment)}>
            下载
          </button>
          <button type="button" class="button-primary" onClick={() => ref.current?.close()}>
            关闭
          </button>
        </div>
      </div>
      <div class="attachment-preview-body">
        {missing && <p class="notice notice-error">这个浏览器里没有这份文件的内容，无法预览。</p>}
        {!missing && !url && <p>正在读取文件…</p>}
        {url &&
          (isImageType(attachment.mediaType) ? (
            <img src={url} alt={attachment.fileName} />
          ) : (
            <iframe src={url} title={`${attachment.fileName}（PDF 预览）`} />
          ))}
      </div>
    </dialog>
  );
}

interface AttachmentsSectionProps {
  owner: AttachmentOwner;
  idPrefix: string;
}

/** The files of one saved record: picker, list, preview, download, delete with undo. */
export function AttachmentsSection({ owner, idPrefix }: AttachmentsSectionProps) {
  const files = useMemo(() => attachmentFiles(), []);
  const { data } = useLiveQuery(() => listAttachments(owner), [owner.table, owner.id]);
  const { remove, setNotice, status } = useUndoableRemove(files, '附件', (a: Attachment) => a.fileName);
  const [refused, setRefused] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [previewing, setPreviewing] = useState<Attachment>();
  const readOnly = useReadOnlyReason();
  const inputId = `${idPrefix}-attachments-input`;
  const headingId = `${idPrefix}-attachments-heading`;

  const onChoose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    // Cleared at once, so choosing the same file again (after deleting it) is noticed.
    input.value = '';
    if (chosen.length === 0) return;
    setAdding(true);
    setRefused([]);
    const added: string[] = [];
    const failed: string[] = [];
    for (const file of chosen) {
      const result = await addAttachment(owner, file);
      if (result.ok) added.push(`“${result.record.fileName}”`);
      else failed.push(result.message);
    }
    setAdding(false);
    setRefused(failed);
    setNotice(added.length > 0 ? `已添加附件${added.join('、')}。` : undefined);
  };

  const onDownload = async (attachment: Attachment) => {
    const problem = await download(attachment);
    if (problem) setNotice(problem);
  };

  const count = data?.length ?? 0;
  return (
    <section class="attachments" aria-labelledby={headingId}>
      <h4 id={headingId}>附件{count > 0 ? `（${count}）` : ''}</h4>
      <div class="attachments-picker">
        {/* The input is hidden but focusable; its label is the visible button, in the page's own
            words rather than the browser's "Choose Files / No file chosen". */}
        <input
          id={inputId}
          class="attachments-input"
          type="file"
          multiple
          accept={ACCEPT}
          disabled={adding || readOnly !== undefined}
          title={readOnly}
          aria-describedby={`${inputId}-hint`}
          onChange={onChoose}
        />
        <label for={inputId} class="attachments-choose">
          添加附件
        </label>
        <p class="field-hint" id={`${inputId}-hint`}>
          可多选。照片或扫描件：JPEG、PNG、WebP 图片或 PDF 文件，每个不超过{' '}
          {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB。选好即保存，不必再点“保存”。
        </p>
      </div>
      {adding && <p role="status">正在添加附件…</p>}
      {refused.length > 0 && (
        <ul class="notice notice-error attachments-refused" role="alert">
          {refused.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {status}
      {count > 0 ? (
        <ul class="attachment-list" aria-label="附件列表">
          {data?.map((attachment) => (
            <li key={attachment.id} class="attachment-item">
              <Thumbnail attachment={attachment} />
              <div class="attachment-meta">
                <span class="attachment-name">{attachment.fileName}</span>
                <span class="attachment-detail">{describeFile(attachment)}</span>
              </div>
              <div class="attachment-actions">
                <button
                  type="button"
                  aria-label={`预览 ${attachment.fileName}`}
                  onClick={() => setPreviewing(attachment)}
                >
                  预览
                </button>
                <button
                  type="button"
                  aria-label={`下载 ${attachment.fileName}`}
                  onClick={() => void onDownload(attachment)}
                >
                  下载
                </button>
                <button
                  type="button"
                  aria-label={`删除 ${attachment.fileName}`}
                  {...writeControl(readOnly, () => void remove(attachment))}
                >
                  删除
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        data && <p class="attachments-empty">还没有附件。</p>
      )}
      {previewing && (
        <PreviewDialog
          key={previewing.id}
          attachment={previewing}
          onClose={() => setPreviewing(undefined)}
          onDownload={(a) => void onDownload(a)}
        />
      )}
    </section>
  );
}

/** The attachments part of a form whose record is not saved yet: one button saves, then attach. */
export function AttachmentsLater({ onSaveToAttach }: { onSaveToAttach: (() => void) | undefined }) {
  return (
    <section class="attachments attachments-later" aria-label="附件">
      <h4>附件</h4>
      <p class="field-hint">
        保存后可添加附件（照片、扫描件）。{onSaveToAttach && '点“添加附件”会先保存本条记录。'}
      </p>
      {onSaveToAttach && (
        <button type="button" onClick={onSaveToAttach}>
          添加附件
        </button>
      )}
    </section>
  );
}

/** The paperclip shown in a list row whose record has files. */
export function AttachmentCount({ count }: { count: number }) {
  return (
    <span class="attachment-count" title={`${count} 个附件`}>
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
        />
      </svg>
      {count}
      <span class="sr-only">个附件</span>
    </span>
  );
}
