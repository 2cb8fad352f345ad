-- A running run's worker stamps it regularly; a run whose stamp is old lost its worker and is resumed.
ALTER TABLE sync_runs ADD COLUMN heartbeat_at timestamptz;
CREATE INDEX sync_runs_running ON sync_runs (state, heartbeat_at) WHERE state = 'running';
