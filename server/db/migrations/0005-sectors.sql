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
  note text
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

-- Europe and the Philippines: thousands by section and major group (NULL = suppressed or unpublished).
CREATE TABLE sector_employment (
  area_code text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  section text NOT NULL,
  major_group text NOT NULL,
  thousands double precision CHECK (thousands >= 0),
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
