-- Knowledge moves out of public into one schema per dataset, created by the ingest from
-- server/db/dataset-schema.sql: a new dataset is loaded beside the live one and switched to in the same
-- transaction, so readers never wait for an ingest nor see a half-loaded dataset. The tables 0001 and 0002
-- made in public go; the first start after this migration ingests knowledge/ into dataset_1.
-- New knowledge tables belong in server/db/dataset-schema.sql, not in a migration.
DROP TABLE IF EXISTS estimate_validation, exposure_estimates, estimate_methods, glossary, exposure_labels, notices, finding_chunks,
  findings, published_figures, employment, countries, income_groups, occupation_labels, tasks, occupations, isco_groups, sources,
  derived_indexes, dataset_version;

-- Every dataset schema there is, and which one is live (at most one). Written only by the ingest, under its lock.
CREATE SEQUENCE knowledge_dataset_number;
CREATE TABLE knowledge_datasets (
  schema_name text PRIMARY KEY CHECK (schema_name ~ '^dataset_[0-9]+$'),
  version text NOT NULL,
  checksum text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  live boolean NOT NULL DEFAULT false,
  -- When it stopped being live: servers still reading it have their reload interval to move on before it is dropped.
  replaced_at timestamptz,
  CHECK (live = (replaced_at IS NULL))
);
CREATE UNIQUE INDEX knowledge_datasets_one_live ON knowledge_datasets (live) WHERE live;
