import type { Account } from "../../../core/index.js";
import { FortnoxAccount } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { toAccount } from "../mappers/bookkeeping.js";
import { listAll } from "./read.js";

/** Accounts exist per financial year: always pass the year's Id (reference §5.2). */
export function listAccounts(
  client: FortnoxClient,
  options: { financialYearId: string },
): Promise<Account[]> {
  return listAll(client, {
    path: "/3/accounts",
    listKey: "Accounts",
    entity: "account",
    schema: FortnoxAccount,
    idKey: "Number",
    map: toAccount,
    query: { financialyear: options.financialYearId },
  });
}
