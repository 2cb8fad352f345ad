-- The files behind vouchers, copied from a connected system. A file is stored once per connection
-- (Fortnox files never change under the same id); its links say which vouchers it belongs to and how.
CREATE TABLE document_files (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  connection_id uuid NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  -- 'file': an archive/inbox file by its Id; 'archive_file': by its ArchiveFileId (invoice attachments).
  id_kind text NOT NULL CHECK (id_kind IN ('file', 'archive_file')),
  external_id text NOT NULL,
  name text NOT NULL,
  content_type text,
  size integer,
  sha256 text,
  content bytea,
  fetched_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  last_error_code text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (connection_id, id_kind, external_id)
);
-- The background fetch takes the files still without bytes, oldest first.
CREATE INDEX document_files_pending ON document_files (connection_id, next_attempt_at) WHERE fetched_at IS NULL;

-- A voucher is named as the source names it (its fiscal year's external id, series, number), so links
-- survive a year being re-imported under a new fiscal_years.id.
CREATE TABLE voucher_documents (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  connection_id uuid NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  year_external_id text NOT NULL,
  voucher_series text NOT NULL,
  voucher_number text NOT NULL,
  document_id uuid NOT NULL REFERENCES document_files(id) ON DELETE CASCADE,
  -- How the file reaches the voucher: connected to it, or to the invoice it books.
  via text NOT NULL CHECK (via IN ('voucher', 'supplier_invoice', 'sales_invoice')),
  via_ref text NOT NULL DEFAULT '',
  PRIMARY KEY (connection_id, year_external_id, voucher_series, voucher_number, document_id, via)
);
CREATE INDEX voucher_documents_document ON voucher_documents (document_id);

-- Which voucher booked each invoice, kept incrementally (Fortnox's lastmodified) so that files connected
-- to invoices can be linked to vouchers without reading every invoice on every sync.
CREATE TABLE invoice_vouchers (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  connection_id uuid NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('supplier_invoice', 'sales_invoice')),
  number text NOT NULL,
  year_external_id text,
  voucher_series text,
  voucher_number text,
  PRIMARY KEY (connection_id, kind, number)
);
