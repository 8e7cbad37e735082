// Hands bytes made in the browser to the user as a download with a chosen (Chinese) file name.

/**
 * Saves bytes as a file through a temporary object URL and an `<a download>`; the URL is revoked
 * once the browser has taken the file, so the bytes are not kept in memory.
 */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking in the next task keeps every browser safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
