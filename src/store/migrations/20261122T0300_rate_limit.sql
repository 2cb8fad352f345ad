-- Request budgets shared by every process that talks to one external account (a sliding window).
-- A slot is taken when a request is sent and counts until the window has passed after its answer came.
CREATE TABLE rate_limit_events (
  id uuid PRIMARY KEY,
  bucket text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX rate_limit_events_bucket_at ON rate_limit_events (bucket, at);
