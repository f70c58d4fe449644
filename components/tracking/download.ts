// Files the mentee saves (backup, CSV, calendar entry) are made in the page and handed to the
// browser's own download: nothing goes over the network and no extra permission is needed.

/** Saves `text` as a file through a temporary object URL and an `<a download>` click. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
