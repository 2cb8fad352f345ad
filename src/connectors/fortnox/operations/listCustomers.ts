import type { Customer } from "../../../core/index.js";
import { FortnoxCustomer } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toCustomer } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Customers (scope customer); modifiedSince for incremental reads. */
export function listCustomers(
  client: FortnoxClient,
  options: { modifiedSince?: Date } = {},
): Promise<Customer[]> {
  return listAll(client, {
    path: "/3/customers",
    listKey: "Customers",
    entity: "customer",
    schema: FortnoxCustomer,
    idKey: "CustomerNumber",
    map: toCustomer,
    query: lastModifiedQuery(options.modifiedSince),
  });
}
