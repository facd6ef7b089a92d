-- This project's estimates of employment in exposed occupations (knowledge/data/country-estimates.csv),
-- how they compare with the ILO's published aggregates, and the methods compared.
CREATE TABLE estimate_methods (
  method text PRIMARY KEY,
  selected boolean NOT NULL,
  mean_absolute_error_pp double precision NOT NULL,
  max_absolute_error_pp double precision NOT NULL,
  validation_figures integer NOT NULL,
  description text NOT NULL
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

CREATE TABLE glossary (
  term_en text PRIMARY KEY,
  term_zh_tw text NOT NULL,
  definition_en text NOT NULL,
  definition_zh_tw text NOT NULL
);
