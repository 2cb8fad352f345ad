/**
 * A connection's secrets (tokens, passwords, client secrets) as one JSON object, sealed with the
 * secret box and bound to the connection's id. The only way in or out: repositories never return them.
 */
import type { Sql } from "./db.js";
import { readSealedSecret, writeSealedSecret } from "./repos/connections.js";
import type { SecretBox } from "./security/secretBox.js";

const context = (connectionId: string) => `connection:${connectionId}`;

export async function readConnectionSecret<T extends object>(
  db: Sql,
  box: SecretBox,
  companyId: string,
  connectionId: string,
): Promise<T | undefined> {
  const sealed = await readSealedSecret(db, companyId, connectionId);
  return sealed ? (JSON.parse(box.open(sealed, context(connectionId))) as T) : undefined;
}

export async function writeConnectionSecret(
  db: Sql,
  box: SecretBox,
  companyId: string,
  connectionId: string,
  secret: object | null,
): Promise<void> {
  const sealed = secret === null ? null : box.seal(JSON.stringify(secret), context(connectionId));
  await writeSealedSecret(db, companyId, connectionId, sealed);
}
