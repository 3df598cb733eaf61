// Saves text as a file through a Blob URL on an <a download>: nothing leaves the device. The URL is revoked
// once the browser has taken the download.

export function downloadText(text: string, fileName: string, type = 'application/json'): number {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a second later it has been handed over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return blob.size;
}
