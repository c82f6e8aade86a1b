export type ExportFormat = 'markdown' | 'html';

const mediaTypes: Readonly<Record<ExportFormat, string>> = {
  markdown: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** Hands a file to the browser's download (a blob: URL, which the CSP allows); nothing leaves the computer. */
export function downloadFile(fileName: string, content: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaTypes[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: revoking during the click can cancel the download before it starts.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
