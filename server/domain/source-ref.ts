/** How directly a figure or claim was seen in ILO material (knowledge/data/README.md). */
export const SOURCE_CLASSES = ['primary', 'quoted', 'secondary', 'derived'] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

export const SOURCE_KINDS = ['occupation', 'figure', 'finding', 'country', 'sector', 'source'] as const;

/** What every API response and tool result carries about where its data came from. */
export interface SourceRef {
  /** A stable id: a source id from knowledge/sources.json, or "<kind>:<key>" for a data row. */
  id: string;
  kind: (typeof SOURCE_KINDS)[number];
  title: string;
  /** Section, table, ISCO code or dataset row, with the dataset version for data rows. */
  locator: string;
  url?: string;
  sourceClass?: SourceClass;
}
