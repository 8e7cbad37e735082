// The one-click export of the backup reminder. Loaded only when clicked: it brings the catalogue
// and the archive writer (JSZip), which ledger pages must not load up front.
import { catalogue } from '../../../domain/catalogue';
import { exportLedger } from '../../../storage/queries/archive';
import { APP_VERSION } from '../archive/app-version';
import { downloadBytes } from '../archive/download';

/** Exports the whole ledger, verified, and hands the file to the browser as a download. */
export async function exportNow(): Promise<{ ok: true; fileName: string } | { ok: false; message: string }> {
  const result = await exportLedger({ catalogue, appVersion: APP_VERSION });
  if (!result.ok) return { ok: false, message: result.message };
  downloadBytes(result.bytes, result.fileName, 'application/zip');
  return { ok: true, fileName: result.fileName };
}
