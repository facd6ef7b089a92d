-- The knowledge tables: one copy per dataset. Not a migration: the ingest creates a fresh schema for every dataset
-- it loads (dataset_1, dataset_2, …), runs this file in it, loads the data beside the live dataset and then switches
-- the live pointer (public.knowledge_datasets) in the same transaction (server/ingest/datasets.ts). Servers read the
-- dataset they have loaded through a search path that puts its schema first, so queries name tables unqualified.
--
-- Adding a knowledge table: add its CREATE TABLE here (never in a migration: a table in public would be shared by
-- every dataset and replaced in place under the readers), load it in server/ingest/ingest.ts, read it in
-- server/data/catalog.ts. The next start loads a new dataset with it: the ingest format version
-- (server/ingest/dataset-version.ts) is part of the dataset fingerprint, so bump it.
-- Only the ingest writes these tables; requests read them. Types from extensions (vector) resolve through the
-- search path, wherever the administrator created the extension.

-- This dataset's identity: the fingerprint of the knowledge files and embedder it was loaded from.
CREATE TABLE dataset_version (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  version text NOT NULL,
  checksum text NOT NULL,
  embedder text NOT NULL,
  files jsonb NOT NULL,
  counts jsonb NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);

-- Indexes the ingest derives from the data and the app loads whole at startup, stored as one JSON text
-- each because one large value loads far faster than tens of thousands of rows: the local embedder's
-- IDF weights (so queries embed like documents) and the occupation name index.
CREATE TABLE derived_indexes (
  name text PRIMARY KEY,
  data text NOT NULL
);

CREATE TABLE sources (
  id text PRIMARY KEY,
  kind text NOT NULL,
  title text NOT NULL,
  authors text,
  publisher text,
  year integer,
  doi text,
  url text,
  licence text,
  citation text NOT NULL,
  note text
);

-- The CC BY attribution and adaptation disclaimer, by language, as exports and pages must show them.
CREATE TABLE notices (
  key text NOT NULL CHECK (key IN ('attribution', 'disclaimer')),
  language text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (key, language)
);

CREATE TABLE isco_groups (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 4 AND level = length(code)),
  parent_code text REFERENCES isco_groups (code),
  title_en text NOT NULL,
  title_zh_tw text
);

CREATE TABLE occupations (
  code text PRIMARY KEY REFERENCES isco_groups (code) CHECK (length(code) = 4),
  scored boolean NOT NULL,
  n_tasks integer NOT NULL,
  wp96_mean double precision,
  wp96_sd double precision,
  wp96_category text CHECK (wp96_category IN ('automation', 'augmentation', 'big_unknown', 'not_affected')),
  wp140_mean double precision,
  wp140_sd double precision,
  wp140_exposure text CHECK (wp140_exposure IN ('gradient_4', 'gradient_3', 'gradient_2', 'gradient_1', 'minimal', 'not_exposed')),
  title_in_score_file text,
  CHECK (scored = (wp96_mean IS NOT NULL AND wp140_mean IS NOT NULL))
);
CREATE INDEX occupations_wp140_mean ON occupations (wp140_mean);
CREATE INDEX occupations_wp96_mean ON occupations (wp96_mean);

-- Embeddings are searched exactly, not through an approximate (HNSW) index: the collection is small, and an exact
-- search gives the same candidates on every database, also under a filter (server/retrieval/hybrid-search.ts).
CREATE TABLE tasks (
  id text PRIMARY KEY,
  occupation_code text NOT NULL REFERENCES occupations (code),
  task_no integer NOT NULL,
  text text NOT NULL,
  score_2023 double precision,
  score_2025 double precision NOT NULL,
  score_2025_gpt4o double precision,
  score_2025_gemini double precision,
  score_2025_source text NOT NULL CHECK (score_2025_source IN ('predicted', 'reconciled')),
  embedding vector(384),
  fts tsvector,
  UNIQUE (occupation_code, task_no)
);
CREATE INDEX tasks_fts ON tasks USING gin (fts);

CREATE TABLE occupation_labels (
  id integer PRIMARY KEY,
  occupation_code text NOT NULL REFERENCES occupations (code),
  label text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('isco_title', 'esco_preferred', 'esco_alternative', 'alias')),
  language text NOT NULL CHECK (language IN ('en', 'zh-TW')),
  uri text
);

CREATE TABLE income_groups (
  code text PRIMARY KEY,
  name_en text NOT NULL,
  name_zh_tw text NOT NULL,
  sort_order smallint NOT NULL
);

CREATE TABLE countries (
  iso3 text PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
  name_en text NOT NULL,
  name_zh_tw text NOT NULL,
  aliases_en text[] NOT NULL DEFAULT '{}',
  aliases_zh_tw text[] NOT NULL DEFAULT '{}',
  income_group text REFERENCES income_groups (code),
  region text,
  world_bank_name text,
  has_2024_employment boolean NOT NULL
);

-- 2024 employment (thousands) by area (country ISO3, income group code or WORLD), sex and major group.
CREATE TABLE employment (
  area_code text NOT NULL,
  area_kind text NOT NULL CHECK (area_kind IN ('country', 'income_group', 'world')),
  sex char(1) NOT NULL CHECK (sex IN ('F', 'M', 'T')),
  major_group text NOT NULL CHECK (major_group IN ('1', '2', '3', '4', '5', '7', '8', '96', 'total')),
  thousands double precision NOT NULL CHECK (thousands >= 0),
  male_derived boolean NOT NULL,
  PRIMARY KEY (area_code, sex, major_group)
);

CREATE TABLE published_figures (
  id text PRIMARY KEY,
  study text NOT NULL,
  metric text NOT NULL,
  label_en text NOT NULL,
  label_zh_tw text NOT NULL,
  population text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('total', 'women', 'men')),
  value double precision NOT NULL,
  value_high double precision,
  value_text text NOT NULL,
  unit text NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  locator text NOT NULL,
  source_class text NOT NULL CHECK (source_class IN ('primary', 'quoted', 'secondary', 'derived')),
  note text,
  note_zh_tw text
);

CREATE TABLE findings (
  id text PRIMARY KEY,
  language text NOT NULL CHECK (language IN ('en', 'zh-TW')),
  translation_of text,
  title text NOT NULL,
  topics text[] NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  locator text NOT NULL,
  source_class text NOT NULL CHECK (source_class IN ('primary', 'quoted', 'secondary', 'derived')),
  body text NOT NULL
);

CREATE TABLE finding_chunks (
  id text PRIMARY KEY,
  finding_id text NOT NULL REFERENCES findings (id),
  chunk_no integer NOT NULL,
  language text NOT NULL,
  text text NOT NULL,
  embedding vector(384) NOT NULL,
  fts tsvector NOT NULL
);
CREATE INDEX finding_chunks_fts ON finding_chunks USING gin (fts);

-- This project's estimates of employment in exposed occupations (knowledge/data/country-estimates.csv),
-- how they compare with the ILO's published aggregates, and the methods compared.
CREATE TABLE estimate_methods (
  method text PRIMARY KEY,
  selected boolean NOT NULL,
  mean_absolute_error_pp double precision NOT NULL,
  max_absolute_error_pp double precision NOT NULL,
  validation_figures integer NOT NULL,
  description text NOT NULL,
  description_zh_tw text NOT NULL
);

CREATE TABLE exposure_estimates (
  area_code text NOT NULL,
  area_kind text NOT NULL,
  sex char(1) NOT NULL CHECK (sex IN ('F', 'M', 'T')),
  measure text NOT NULL CHECK (measure IN ('wp140_exposed', 'wp140_gradient_4', 'wp96_automation', 'wp96_augmentation')),
  method text NOT NULL REFERENCES estimate_methods (method),
  share_percent double precision NOT NULL,
  exposed_thousands double precision NOT NULL,
  PRIMARY KEY (area_code, sex, measure, method)
);

CREATE TABLE estimate_validation (
  figure_id text NOT NULL REFERENCES published_figures (id),
  method text NOT NULL REFERENCES estimate_methods (method),
  measure text NOT NULL,
  area_code text NOT NULL,
  sex char(1) NOT NULL,
  published_percent double precision NOT NULL,
  estimate_percent double precision NOT NULL,
  error_pp double precision NOT NULL,
  PRIMARY KEY (figure_id, method)
);

-- Names and definitions of the WP96 categories and WP140 gradients, and the terms the UI and answers use.
CREATE TABLE exposure_labels (
  key text PRIMARY KEY,
  study text NOT NULL,
  label_en text NOT NULL,
  label_zh_tw text NOT NULL,
  definition_en text NOT NULL,
  definition_zh_tw text NOT NULL
);

-- Names the API shows in both languages: estimate measures, World Bank regions and notes (with {placeholders}).
CREATE TABLE data_labels (
  kind text NOT NULL,
  key text NOT NULL,
  label_en text NOT NULL,
  label_zh_tw text NOT NULL,
  PRIMARY KEY (kind, key)
);

CREATE TABLE glossary (
  term_en text PRIMARY KEY,
  term_zh_tw text NOT NULL,
  definition_en text NOT NULL,
  definition_zh_tw text NOT NULL
);

-- Sectors: the common sector list (ISIC Rev.4 / NACE Rev.2 sections), its aliases and the US NAICS sectors
-- mapped onto it; employment by sector and occupation; and this project's sector estimates with their
-- coverage and validation (knowledge/data/sector*.csv, naics-sectors.csv, us-sector-occupations.csv,
-- soc-isco-links.csv). Written only by the ingest.
CREATE TABLE sectors (
  section text PRIMARY KEY CHECK (section ~ '^[A-U]$'),
  title_en text NOT NULL,
  title_zh_tw text NOT NULL,
  short_name_en text NOT NULL,
  short_name_zh_tw text NOT NULL
);

CREATE TABLE naics_sectors (
  naics text PRIMARY KEY,
  title_en text NOT NULL,
  title_zh_tw text NOT NULL,
  section text NOT NULL REFERENCES sectors (section),
  match text NOT NULL CHECK (match IN ('close', 'approximate')),
  note text,
  note_zh_tw text
);

CREATE TABLE sector_aliases (
  alias text NOT NULL,
  language text NOT NULL CHECK (language IN ('en', 'zh-TW')),
  section text NOT NULL REFERENCES sectors (section),
  us_naics text REFERENCES naics_sectors (naics),
  risky boolean NOT NULL,
  note text,
  PRIMARY KEY (alias, language, section)
);

-- Europe and the Philippines: thousands by section and major group, the published cells only (the cells a
-- source suppresses are counted in sector_estimates.suppressed_cells).
CREATE TABLE sector_employment (
  area_code text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  section text NOT NULL,
  major_group text NOT NULL,
  thousands double precision NOT NULL CHECK (thousands >= 0),
  flag text NOT NULL,
  PRIMARY KEY (area_code, section, major_group)
);

-- The United States: wage and salary jobs by NAICS sector and OEWS occupation (00-0000 = all occupations).
CREATE TABLE us_sector_occupations (
  naics text NOT NULL REFERENCES naics_sectors (naics),
  soc_code text NOT NULL,
  soc_title text NOT NULL,
  jobs integer CHECK (jobs >= 0),
  PRIMARY KEY (naics, soc_code)
);

CREATE TABLE soc_isco_links (
  soc_code text NOT NULL,
  soc_2010 text NOT NULL,
  isco08_code text NOT NULL REFERENCES occupations (code),
  weight double precision NOT NULL CHECK (weight > 0 AND weight <= 1),
  partial boolean NOT NULL,
  PRIMARY KEY (soc_code, soc_2010, isco08_code)
);

CREATE TABLE sector_group_shares (
  major_group text NOT NULL,
  measure text NOT NULL,
  scored boolean NOT NULL,
  share double precision NOT NULL CHECK (share BETWEEN 0 AND 1),
  PRIMARY KEY (major_group, measure)
);

CREATE TABLE sector_estimates (
  area_code text NOT NULL,
  area_kind text NOT NULL CHECK (area_kind IN ('country', 'region')),
  section text NOT NULL,
  naics text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  detail text NOT NULL CHECK (detail IN ('major_group', 'occupation')),
  measure text NOT NULL CHECK (measure IN ('wp140_exposed', 'wp140_gradient_4', 'wp96_automation', 'wp96_augmentation')),
  share_percent double precision,
  exposed_thousands double precision,
  employment_thousands double precision NOT NULL,
  scored_thousands double precision NOT NULL,
  source_total_thousands double precision,
  suppressed_cells integer NOT NULL,
  unreliable_thousands double precision,
  PRIMARY KEY (area_code, section, naics, measure)
);

CREATE TABLE sector_validation (
  area_code text NOT NULL,
  measure text NOT NULL,
  reference text NOT NULL,
  reference_class text NOT NULL CHECK (reference_class IN ('primary', 'quoted', 'secondary', 'derived')),
  reference_percent double precision NOT NULL,
  sector_aggregate_percent double precision NOT NULL,
  error_pp double precision NOT NULL,
  PRIMARY KEY (area_code, measure, reference)
);

CREATE TABLE sector_totals (
  area_code text PRIMARY KEY,
  area_kind text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  published_cells_thousands double precision NOT NULL,
  sector_totals_thousands double precision,
  national_total_thousands double precision,
  ilo_modelled_2024_thousands double precision NOT NULL
);
