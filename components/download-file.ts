/** Saves text as a file through the browser's downloads: a Blob URL on an `<a download>`, no permission needed. */
export function downloadFile(name: string, text: string, type = 'application/json', doc = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample for a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
