-- The ledger, per company and fiscal year, as SIE 4 describes it (the same whether it came from an
-- uploaded file or from Fortnox). Amounts are bigint minor units in the fiscal year's currency.

CREATE TABLE fiscal_years (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  start_date date NOT NULL,
  end_date date NOT NULL CHECK (end_date >= start_date),
  currency text NOT NULL DEFAULT 'SEK',
  source text NOT NULL CHECK (source IN ('sie', 'fortnox')),
  source_name text,
  connection_id uuid REFERENCES connections(id) ON DELETE SET NULL,
  external_id text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
  voucher_count integer NOT NULL DEFAULT 0,
  row_count integer NOT NULL DEFAULT 0,
  UNIQUE (company_id, start_date)
);

CREATE TABLE ledger_accounts (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  number text NOT NULL,
  name text NOT NULL,
  type text CHECK (type IN ('asset', 'liability', 'expense', 'income')),
  sru text,
  unit text,
  PRIMARY KEY (fiscal_year_id, number)
);

CREATE TABLE ledger_dimensions (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  number integer NOT NULL,
  name text NOT NULL,
  parent integer,
  PRIMARY KEY (fiscal_year_id, number)
);

CREATE TABLE ledger_objects (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  dimension integer NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (fiscal_year_id, dimension, code)
);

CREATE TABLE vouchers (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  series text NOT NULL,
  number text NOT NULL,
  date date NOT NULL,
  text text NOT NULL DEFAULT '',
  registration_date date,
  signature text
);
-- Not unique: import files (SIE 4I) leave numbers empty, and some programs repeat them.
CREATE INDEX vouchers_year_series_number ON vouchers (fiscal_year_id, series, number);
CREATE INDEX vouchers_year_date ON vouchers (fiscal_year_id, date);

-- kind: 'trans' rows make up the balances; 'added' (#RTRANS) and 'removed' (#BTRANS) are history.
-- The bulk of every ledger, so no foreign keys: checking the year, the voucher and the company for each
-- of a million rows costs more than half the import rate. The import writes rows and vouchers from the
-- same batch in one transaction, and deleteFiscalYear removes a year's rows explicitly.
CREATE TABLE voucher_rows (
  company_id uuid NOT NULL,
  fiscal_year_id uuid NOT NULL,
  voucher_id uuid NOT NULL,
  row_no integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('trans', 'added', 'removed')),
  account text NOT NULL,
  amount bigint NOT NULL,
  date date NOT NULL,
  cost_center text,
  project text,
  objects jsonb,
  text text,
  quantity text,
  signature text,
  PRIMARY KEY (voucher_id, row_no)
);
CREATE INDEX voucher_rows_year_account_date ON voucher_rows (fiscal_year_id, account, date);

-- #IB, #UB, #RES (and #OIB/#OUB with an object): year_index 0 is this year, -1 the year before.
CREATE TABLE ledger_balances (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('opening', 'closing', 'result')),
  year_index integer NOT NULL,
  account text NOT NULL,
  dimension integer,
  object_code text,
  amount bigint NOT NULL,
  quantity text
);
CREATE INDEX ledger_balances_year ON ledger_balances (fiscal_year_id, kind, account);

-- #PSALDO and #PBUDGET per period (YYYYMM).
CREATE TABLE ledger_period_balances (
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  fiscal_year_id uuid NOT NULL REFERENCES fiscal_years(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('actual', 'budget')),
  year_index integer NOT NULL,
  period text NOT NULL,
  account text NOT NULL,
  dimension integer,
  object_code text,
  amount bigint NOT NULL,
  quantity text
);
CREATE INDEX ledger_period_balances_year ON ledger_period_balances (fiscal_year_id, kind, account);
