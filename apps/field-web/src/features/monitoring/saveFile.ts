/**
 * Saves text as a file the browser downloads, under the name the server chose. The object URL
 * lives a while after the click: revoking it at once can cancel the download in some browsers.
 */
export function saveTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
