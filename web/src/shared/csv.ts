/**
 * CSV with the licence header every export must carry: the CC BY attribution and the adaptation
 * disclaimer as comment lines (#) above the header row. Values are quoted per RFC 4180.
 */
const quote = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(
  columns: { key: string; label: string }[],
  rows: Record<string, unknown>[],
  notices: { attribution: string; disclaimer: string },
  /** More comment lines a table needs: an estimate label, the attribution of other data sources. */
  notes: readonly string[] = [],
): string {
  const header = [`# ${notices.attribution}`, `# ${notices.disclaimer}`, ...notes.map((note) => `# ${note}`)];
  const lines = [
    columns.map((column) => quote(column.label)).join(','),
    ...rows.map((row) => columns.map((column) => quote(row[column.key])).join(',')),
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

export function downloadText(filename: string, text: string, mediaType = 'text/csv;charset=utf-8'): void {
  // A byte-order mark lets spreadsheet programs read the Chinese text of CSV files as UTF-8.
  const content = mediaType.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file name from a title: letters, digits and dashes only. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'data';
