/** What every API response and tool result carries about where its data came from. */
export interface SourceRef {
  /** A stable id: a source id from knowledge/sources.json, or "<kind>:<key>" for a data row. */
  id: string;
  kind: 'occupation' | 'figure' | 'finding' | 'country' | 'sector' | 'source';
  title: string;
  /** Section, table, ISCO code or dataset row, with the dataset version for data rows. */
  locator: string;
  url?: string;
  sourceClass?: 'primary' | 'quoted' | 'secondary' | 'derived';
}
