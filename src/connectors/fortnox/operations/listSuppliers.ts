import type { Supplier } from "../../../core/index.js";
import { FortnoxSupplier } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toSupplier } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Suppliers (scope supplier); modifiedSince for incremental reads. */
export function listSuppliers(
  client: FortnoxClient,
  options: { modifiedSince?: Date } = {},
): Promise<Supplier[]> {
  return listAll(client, {
    path: "/3/suppliers",
    listKey: "Suppliers",
    entity: "supplier",
    schema: FortnoxSupplier,
    idKey: "SupplierNumber",
    map: toSupplier,
    query: lastModifiedQuery(options.modifiedSince),
  });
}
