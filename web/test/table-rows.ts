/** A table body's rows as arrays of cell text (row header first), for asserting a whole table at once. */
export const tableRows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));
