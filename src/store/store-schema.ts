/** The store's tables: normalised columns to query, plus each record's JSON for an exact round trip. */
export const storeSchemaSql = `
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  file TEXT NOT NULL,
  financial_year TEXT NOT NULL,
  quarter INTEGER,
  period_kind TEXT NOT NULL,
  period_label TEXT NOT NULL,
  period_end TEXT NOT NULL,
  plan_name TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE objectives (
  id TEXT PRIMARY KEY,
  report TEXT NOT NULL REFERENCES reports(id),
  code TEXT NOT NULL,
  outcome TEXT NOT NULL,
  title TEXT NOT NULL,
  expected_completion TEXT NOT NULL,
  progress TEXT,
  commentary TEXT NOT NULL,
  line INTEGER NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (report, code)
);
CREATE TABLE measures (
  id TEXT PRIMARY KEY,
  report TEXT NOT NULL REFERENCES reports(id),
  objective TEXT NOT NULL,
  outcome TEXT NOT NULL,
  name TEXT NOT NULL,
  table_kind TEXT NOT NULL,
  target_period TEXT,
  target_value TEXT,
  target_number REAL,
  rating TEXT,
  benchmark_value TEXT,
  benchmark_number REAL,
  benchmark_group TEXT,
  frequency TEXT,
  latest_data_as_at TEXT,
  series_key TEXT NOT NULL,
  line INTEGER NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE measure_values (
  measure_id TEXT NOT NULL REFERENCES measures(id),
  position INTEGER NOT NULL,
  period TEXT NOT NULL,
  value TEXT NOT NULL,
  number REAL,
  unit TEXT,
  malformed INTEGER NOT NULL,
  markers TEXT NOT NULL,
  PRIMARY KEY (measure_id, position)
);
CREATE TABLE measure_notes (
  measure_id TEXT NOT NULL REFERENCES measures(id),
  position INTEGER NOT NULL,
  marker TEXT,
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (measure_id, position)
);
CREATE TABLE diagnostics (
  position INTEGER PRIMARY KEY,
  severity TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  page INTEGER,
  message TEXT NOT NULL
);
CREATE INDEX objectives_report ON objectives (report, position);
CREATE INDEX measures_report_objective ON measures (report, objective);
CREATE INDEX measures_series ON measures (series_key);
`;
