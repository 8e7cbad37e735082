// An object URL (`blob:`) for an attachment's bytes, made when needed and revoked when the component
// that shows it goes away, so a long session of previews does not keep every file in memory.
import { useEffect, useState } from 'preact/hooks';
import { readAttachmentBlob } from '../../storage/queries/attachments';

/** The URL of an attachment's bytes: loading, ready, or missing (an attachment without bytes). */
export interface AttachmentUrl {
  url: string | undefined;
  /** True when the bytes are not in this browser (or could not be read). */
  missing: boolean;
}

/**
 * Reads an attachment's bytes and gives a `blob:` URL for them (for an <img>, a PDF frame, a
 * download link). The URL is revoked when `id` changes or the component unmounts. Reads nothing
 * while `enabled` is false.
 */
export function useAttachmentUrl(id: string, enabled = true): AttachmentUrl {
  const [state, setState] = useState<AttachmentUrl>({ url: undefined, missing: false });
  useEffect(() => {
    if (!enabled) return;
    let url: string | undefined;
    let cancelled = false;
    setState({ url: undefined, missing: false });
    readAttachmentBlob(id).then(
      (blob) => {
        if (cancelled) return;
        if (!blob) return setState({ url: undefined, missing: true });
        url = URL.createObjectURL(blob);
        setState({ url, missing: false });
      },
      () => {
        if (!cancelled) setState({ url: undefined, missing: true });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, enabled]);
  return state;
}
