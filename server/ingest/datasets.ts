/**
 * Datasets beside the live one. Each ingest loads knowledge into a new schema (dataset_<n>, tables from
 * server/db/dataset-schema.sql) and, in the same transaction, makes it the live one in public.knowledge_datasets.
 * Readers resolve table names in the schema of the dataset they have loaded (Db.withSchema), so an ingest never
 * takes a lock they wait for and they never see a half-loaded dataset; each server moves to the new dataset at
 * its next version check. A replaced dataset is dropped only after every server has had time to move on.
 */
import { readFileSync } from 'node:fs';
import { type Db, type Queryable, schemaIdentifier } from '../db/db.ts';
import { DATASET_SCHEMA_FILE } from '../paths.ts';

export interface LiveDataset {
  schema: string;
  version: string;
  checksum: string;
}

/** How long a replaced dataset stays readable: many version-check intervals of every server still reading it. */
const REPLACED_DATASET_RETENTION_SECONDS = 600;

export async function readLiveDataset(db: Queryable): Promise<LiveDataset | null> {
  const [row] = await db.query<LiveDataset>('SELECT schema_name AS schema, version, checksum FROM public.knowledge_datasets WHERE live');
  return row ?? null;
}

/** The live dataset as the Db its readers use, or null when none has been loaded yet. */
export async function openLiveDataset(db: Db): Promise<{ dataset: LiveDataset; db: Db } | null> {
  const dataset = await readLiveDataset(db);
  return dataset && { dataset, db: db.withSchema(dataset.schema) };
}

/** Creates an empty dataset schema with every knowledge table, and points the transaction's search path at it. */
export async function createDatasetSchema(tx: Queryable): Promise<string> {
  const [{ n }] = (await tx.query<{ n: number }>("SELECT nextval('public.knowledge_dataset_number')::int AS n")) as [{ n: number }];
  const schema = `dataset_${n}`;
  await tx.exec(`CREATE SCHEMA ${schemaIdentifier(schema)}`);
  // Until the transaction ends, unqualified names (the DDL, the loads) mean this schema's tables; after it comes the
  // role's own search path (which may hold the extension's schema), whatever view of the database runs the ingest.
  await tx.exec('SET LOCAL search_path TO DEFAULT');
  await tx.query("SELECT set_config('search_path', $1 || ', ' || current_setting('search_path'), true)", [schemaIdentifier(schema)]);
  await tx.exec(readFileSync(DATASET_SCHEMA_FILE, 'utf8'));
  return schema;
}

/** Makes `schema` the live dataset; the previous one is marked replaced (still readable for a while). */
export async function switchLiveDataset(tx: Queryable, schema: string, identity: { version: string; checksum: string }): Promise<void> {
  await tx.query('UPDATE public.knowledge_datasets SET live = false, replaced_at = now() WHERE live');
  await tx.query('INSERT INTO public.knowledge_datasets (schema_name, version, checksum, live) VALUES ($1, $2, $3, true)', [
    schema,
    identity.version,
    identity.checksum,
  ]);
}

/**
 * Drops datasets replaced longer ago than the retention. Best effort: a drop that would have to wait for a reader
 * still holding one of its tables gives up at once (lock_timeout), so it never queues readers behind it, and is
 * retried by a later ingest. Returns the schemas dropped.
 */
export async function dropReplacedDatasets(db: Db): Promise<{ dropped: string[]; kept: string[] }> {
  const old = await db.query<{ schema: string }>(
    `SELECT schema_name AS schema FROM public.knowledge_datasets
     WHERE NOT live AND replaced_at < now() - make_interval(secs => $1) ORDER BY schema_name`,
    [REPLACED_DATASET_RETENTION_SECONDS],
  );
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const { schema } of old) {
    try {
      await db.transaction(async (tx) => {
        await tx.exec("SET LOCAL lock_timeout = '200ms'");
        await tx.exec(`DROP SCHEMA IF EXISTS ${schemaIdentifier(schema)} CASCADE`);
        await tx.query('DELETE FROM public.knowledge_datasets WHERE schema_name = $1 AND NOT live', [schema]);
      });
      dropped.push(schema);
    } catch {
      kept.push(schema);
    }
  }
  return { dropped, kept };
}
