-- Suppliers and customers copied from a connected system, kept current by each sync. A content hash
-- means an unchanged record is not rewritten.
CREATE TABLE parties (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  connection_id uuid NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('supplier', 'customer')),
  external_id text NOT NULL,
  number text NOT NULL,
  name text NOT NULL,
  org_number text,
  active boolean NOT NULL,
  data jsonb NOT NULL,
  content_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (connection_id, kind, external_id)
);
CREATE INDEX parties_company_kind ON parties (company_id, kind, number);
