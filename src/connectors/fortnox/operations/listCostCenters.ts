import type { CostCenter } from "../../../core/index.js";
import { FortnoxCostCenter } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toCostCenter } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Cost centers (scope costcenter); SIE dimension 1. */
export function listCostCenters(
  client: FortnoxClient,
  options: { modifiedSince?: Date } = {},
): Promise<CostCenter[]> {
  return listAll(client, {
    path: "/3/costcenters",
    listKey: "CostCenters",
    entity: "cost center",
    schema: FortnoxCostCenter,
    idKey: "Code",
    map: toCostCenter,
    query: lastModifiedQuery(options.modifiedSince),
  });
}
