/**
 * Gives every body cell of a table the name of its column (data-label), which a phone shows beside the
 * value once the rows are laid out as cards, and explicit table roles, which keep the table a table for
 * screen readers after CSS has changed how its parts are displayed.
 */
const ROLES: [selector: string, role: string][] = [
  ['table', 'table'],
  ['tr', 'row'],
  ['th[scope="col"]', 'columnheader'],
  ['th[scope="row"]', 'rowheader'],
  ['td', 'cell'],
];

function setAttribute(element: Element, name: string, value: string) {
  // Only when it changes: the caller may be a MutationObserver that would otherwise see its own writes.
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

export function labelCells(table: HTMLTableElement): void {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const names: string[] = [];
  for (const cell of headerRow?.cells ?? []) {
    const name = (cell.getAttribute('aria-label') ?? cell.textContent ?? '').trim();
    for (let span = 0; span < cell.colSpan; span++) names.push(name);
  }
  for (const body of table.tBodies)
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const name = names[column];
        if (name) setAttribute(cell, 'data-label', name);
        column += cell.colSpan;
      }
    }
  for (const [selector, role] of ROLES) {
    if (table.matches(selector)) setAttribute(table, 'role', role);
    for (const element of table.querySelectorAll(selector)) setAttribute(element, 'role', role);
  }
}
