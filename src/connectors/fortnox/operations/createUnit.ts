import type { Unit } from "../../../core/index.js";
import { FortnoxUnit } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toUnit } from "../mappers/parties.js";
import { write } from "./read.js";

/** Creates a unit (scope settings); the code is at most 20 characters. */
export async function createUnit(
  client: FortnoxClient,
  unit: Unit & { readonly nameEnglish?: string },
): Promise<Unit> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/units",
    key: "Unit",
    entity: "unit",
    schema: FortnoxUnit,
    body: {
      Code: unit.code,
      Description: unit.name,
      ...(unit.nameEnglish ? { CodeEnglish: unit.nameEnglish } : {}),
    },
  });
  return toUnit(raw);
}
