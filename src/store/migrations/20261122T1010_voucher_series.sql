-- The voucher series of a connected system's fiscal years (code and name, e.g. D "Leverantörsfakturor"),
-- kept by each sync. Named as the source names the year, so they survive a year being re-imported.
CREATE TABLE voucher_series (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  connection_id uuid NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  year_external_id text NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  manual boolean NOT NULL DEFAULT false,
  PRIMARY KEY (connection_id, year_external_id, code)
);
