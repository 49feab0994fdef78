/**
 * Hands a calendar file to the shopper: a Blob URL clicked through a detached
 * `<a download>`, revoked once the browser has taken the file. Nothing leaves
 * the browser.
 */

/** How long the Blob URL stays alive after the click; browsers read it asynchronously. */
export const REVOKE_AFTER_MS = 10_000;

export interface DownloadOptions {
  /** Runs the revocation later; defaults to `setTimeout(…, REVOKE_AFTER_MS)`. */
  readonly schedule?: (revoke: () => void) => void;
  /** The document that creates the link (the guide's own). */
  readonly document?: Document;
}

/** Starts the download of an `.ics` file. Returns the file name used. */
export function downloadIcs(text: string, fileName: string, options: DownloadOptions = {}): string {
  const doc = options.document ?? document;
  const schedule = options.schedule ?? ((revoke) => setTimeout(revoke, REVOKE_AFTER_MS));
  const name = fileName.endsWith('.ics') ? fileName : `${fileName}.ics`;
  const url = URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'}));
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.click();
  } finally {
    schedule(() => URL.revokeObjectURL(url));
  }
  return name;
}
