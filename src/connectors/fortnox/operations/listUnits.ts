import type { Unit } from "../../../core/index.js";
import { FortnoxUnit } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toUnit } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Units (scope settings). */
export function listUnits(client: FortnoxClient, options: { modifiedSince?: Date } = {}): Promise<Unit[]> {
  return listAll(client, {
    path: "/3/units",
    listKey: "Units",
    entity: "unit",
    schema: FortnoxUnit,
    idKey: "Code",
    map: toUnit,
    query: lastModifiedQuery(options.modifiedSince),
  });
}
