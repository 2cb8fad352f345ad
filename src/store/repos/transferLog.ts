import { newId } from "../../core/index.js";
import type { Sql } from "../db.js";
import { iso } from "./rows.js";

export type Direction = "inbound" | "outbound";
export type TransferStatus = "ok" | "error" | "skipped";

export interface TransferEntryInput {
  readonly companyId: string;
  readonly connectionId?: string | null;
  readonly runId?: string | null;
  readonly direction: Direction;
  readonly entity: string;
  readonly localId?: string | null;
  readonly externalId?: string | null;
  readonly status: TransferStatus;
  readonly errorCode?: string | null;
  readonly message?: string | null;
}

export interface TransferEntry {
  readonly id: string;
  readonly connectionId: string | null;
  readonly runId: string | null;
  readonly direction: Direction;
  readonly entity: string;
  readonly localId: string | null;
  readonly externalId: string | null;
  readonly status: TransferStatus;
  readonly errorCode: string | null;
  readonly message: string | null;
  readonly createdAt: string;
}

export interface TransferFilter {
  readonly connectionId?: string | undefined;
  readonly runId?: string | undefined;
  readonly direction?: Direction | undefined;
  readonly entity?: string | undefined;
  readonly status?: TransferStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** Writes entries with one multi-row insert (flows log thousands of items per run). */
export async function logTransfers(db: Sql, entries: readonly TransferEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const col = <K extends keyof TransferEntryInput>(k: K) => entries.map((e) => e[k] ?? null);
  await db.query(
    `INSERT INTO transfer_log (id, company_id, connection_id, run_id, direction, entity, local_id, external_id,
       status, error_code, message)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[])`,
    [
      entries.map(() => newId()),
      col("companyId"),
      col("connectionId"),
      col("runId"),
      col("direction"),
      col("entity"),
      col("localId"),
      col("externalId"),
      col("status"),
      col("errorCode"),
      col("message"),
    ],
  );
}

export async function listTransfers(
  db: Sql,
  companyId: string,
  f: TransferFilter,
): Promise<{ items: TransferEntry[]; total: number }> {
  const params = [
    companyId,
    f.connectionId ?? null,
    f.runId ?? null,
    f.direction ?? null,
    f.entity ?? null,
    f.status ?? null,
    f.from ?? null,
    f.to ?? null,
  ];
  const where = `company_id = $1
    AND ($2::uuid IS NULL OR connection_id = $2::uuid) AND ($3::uuid IS NULL OR run_id = $3::uuid)
    AND ($4::text IS NULL OR direction = $4) AND ($5::text IS NULL OR entity = $5)
    AND ($6::text IS NULL OR status = $6)
    AND ($7::timestamptz IS NULL OR created_at >= $7) AND ($8::timestamptz IS NULL OR created_at < $8)`;
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM transfer_log WHERE ${where} ORDER BY created_at DESC, id LIMIT $9 OFFSET $10`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  );
  const count = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM transfer_log WHERE ${where}`,
    params,
  );
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      connectionId: (r.connection_id as string | null) ?? null,
      runId: (r.run_id as string | null) ?? null,
      direction: r.direction as Direction,
      entity: String(r.entity),
      localId: (r.local_id as string | null) ?? null,
      externalId: (r.external_id as string | null) ?? null,
      status: r.status as TransferStatus,
      errorCode: (r.error_code as string | null) ?? null,
      message: (r.message as string | null) ?? null,
      createdAt: iso(r.created_at),
    })),
    total: Number(count[0]?.n ?? 0),
  };
}
