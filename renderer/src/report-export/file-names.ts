/**
 * Suggested file names of the exports (a base name, never a path: main refuses slashes):
 * "<workspace> sizing report.pdf", "<workspace> <table id>.csv".
 */

function safeBase(name: string): string {
  return name.replace(/[/\\\0:*?"<>|]/g, '-').trim() || 'Sizewise';
}

export function reportPdfName(workspaceName: string): string {
  return `${safeBase(workspaceName)} sizing report.pdf`;
}

export function tableCsvName(workspaceName: string, tableId: string): string {
  return `${safeBase(workspaceName)} ${tableId}.csv`;
}
