/** A knowledge file that cannot be ingested; the message names the file and, where known, the row. */
export class KnowledgeFileError extends Error {
  override readonly name = 'KnowledgeFileError';
  constructor(
    readonly file: string,
    readonly row: number | undefined,
    detail: string,
  ) {
    super(`${file}${row === undefined ? '' : `, row ${row}`}: ${detail}`);
  }
}
