import { type ConnectionState, newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { first, iso, isoOrNull } from "./rows.js";

export interface Connection {
  readonly id: string;
  readonly companyId: string;
  readonly system: string;
  readonly displayName: string;
  readonly state: ConnectionState;
  readonly settings: Record<string, unknown>;
  readonly hasSecret: boolean;
  readonly sandbox: boolean;
  readonly lastSyncAt: string | null;
  readonly lastErrorCode: string | null;
  readonly lastErrorMessage: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface ConnectionRow {
  id: string;
  company_id: string;
  system: string;
  display_name: string;
  state: ConnectionState;
  settings: Record<string, unknown>;
  secret_ciphertext: string | null;
  sandbox: boolean;
  last_sync_at: Date | null;
  last_error_code: string | null;
  last_error_message: string | null;
  created_at: Date;
  updated_at: Date;
}

const toConnection = (r: ConnectionRow): Connection => ({
  id: r.id,
  companyId: r.company_id,
  system: r.system,
  displayName: r.display_name,
  state: r.state,
  settings: r.settings,
  hasSecret: r.secret_ciphertext !== null,
  sandbox: r.sandbox,
  lastSyncAt: isoOrNull(r.last_sync_at),
  lastErrorCode: r.last_error_code,
  lastErrorMessage: r.last_error_message,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export async function createConnection(
  db: Sql,
  input: {
    companyId: string;
    system: string;
    displayName: string;
    settings?: Record<string, unknown>;
    sandbox?: boolean;
    state?: ConnectionState;
  },
): Promise<Connection> {
  const rows = await db.query<ConnectionRow>(
    `INSERT INTO connections (id, company_id, system, display_name, state, settings, sandbox)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      newId(),
      input.companyId,
      input.system,
      input.displayName,
      input.state ?? "pending",
      JSON.stringify(input.settings ?? {}),
      input.sandbox ?? false,
    ],
  );
  return toConnection(rows[0]!);
}

export async function listConnections(db: Sql, companyId: string): Promise<Connection[]> {
  const rows = await db.query<ConnectionRow>(
    "SELECT * FROM connections WHERE company_id = $1 ORDER BY created_at, id",
    [companyId],
  );
  return rows.map(toConnection);
}

export async function getConnection(db: Sql, companyId: string, id: string): Promise<Connection | undefined> {
  const row = first(
    await db.query<ConnectionRow>("SELECT * FROM connections WHERE company_id = $1 AND id = $2", [
      companyId,
      id,
    ]),
  );
  return row ? toConnection(row) : undefined;
}

/** Sets the state; an error code and message are kept for `error` and `needs_reauth`, cleared otherwise. */
export async function setConnectionState(
  db: Sql,
  companyId: string,
  id: string,
  state: ConnectionState,
  error?: { code: string; message: string },
): Promise<void> {
  await db.query(
    `UPDATE connections SET state = $3, last_error_code = $4, last_error_message = $5, updated_at = now()
     WHERE company_id = $1 AND id = $2`,
    [companyId, id, state, error?.code ?? null, error?.message ?? null],
  );
}

export async function renameConnection(
  db: Sql,
  companyId: string,
  id: string,
  displayName: string,
): Promise<void> {
  await db.query(
    "UPDATE connections SET display_name = $3, updated_at = now() WHERE company_id = $1 AND id = $2",
    [companyId, id, displayName],
  );
}

export async function markSynced(db: Sql, companyId: string, id: string, at = new Date()): Promise<void> {
  await db.query(
    "UPDATE connections SET last_sync_at = $3, updated_at = now() WHERE company_id = $1 AND id = $2",
    [companyId, id, at],
  );
}

export async function deleteConnection(db: Sql, companyId: string, id: string): Promise<boolean> {
  const rows = await db.query("DELETE FROM connections WHERE company_id = $1 AND id = $2 RETURNING id", [
    companyId,
    id,
  ]);
  return rows.length > 0;
}

/** The sealed secret, for the secrets module only; never sent to API callers. */
export async function readSealedSecret(db: Sql, companyId: string, id: string): Promise<string | null> {
  const row = first(
    await db.query<{ secret_ciphertext: string | null }>(
      "SELECT secret_ciphertext FROM connections WHERE company_id = $1 AND id = $2",
      [companyId, id],
    ),
  );
  return row?.secret_ciphertext ?? null;
}

export async function writeSealedSecret(
  db: Sql,
  companyId: string,
  id: string,
  sealed: string | null,
): Promise<void> {
  await db.query(
    "UPDATE connections SET secret_ciphertext = $3, updated_at = now() WHERE company_id = $1 AND id = $2",
    [companyId, id, sealed],
  );
}

export async function updateConnectionSettings(
  db: Sql,
  companyId: string,
  id: string,
  settings: Record<string, unknown>,
): Promise<void> {
  await db.query(
    "UPDATE connections SET settings = $3, updated_at = now() WHERE company_id = $1 AND id = $2",
    [companyId, id, JSON.stringify(settings)],
  );
}

export async function findConnectionsBySystem(
  db: Sql,
  companyId: string,
  system: string,
): Promise<Connection[]> {
  const rows = await db.query<ConnectionRow>(
    "SELECT * FROM connections WHERE company_id = $1 AND system = $2 ORDER BY created_at, id",
    [companyId, system],
  );
  return rows.map(toConnection);
}
