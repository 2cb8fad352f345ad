-- Activation links: a company's admin creates one, the person who administers the company's Fortnox
-- opens it and grants access. A link works once and expires; its OAuth state is single-use too.
CREATE TABLE activation_links (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  system text NOT NULL,
  connection_id uuid REFERENCES connections(id) ON DELETE CASCADE,
  display_name text NOT NULL,
  service_account boolean NOT NULL DEFAULT true,
  token_hash text NOT NULL UNIQUE,
  state_hash text UNIQUE,
  state_expires_at timestamptz,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX activation_links_company ON activation_links (company_id);
