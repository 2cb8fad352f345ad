import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db.js";
import { testEngines } from "../testing.js";
import { createCompany } from "./companies.js";
import { createConnection } from "./connections.js";
import { listParties, upsertParties } from "./parties.js";

for (const engine of testEngines()) {
  describe(`suppliers and customers on ${engine.name}`, () => {
    let db: Db;
    let companyId: string;
    let otherCompanyId: string;
    beforeAll(async () => {
      db = await engine.open();
      companyId = (await createCompany(db, { name: "Register AB" })).id;
      otherCompanyId = (await createCompany(db, { name: "Annat AB" })).id;
      for (const [company, names] of [
        [companyId, ["Åkeri Nord AB", "Byggmästarnas Grossist AB", "El & Data 100% AB", "Norrlands Åkeri"]],
        [otherCompanyId, ["Åkeri Syd AB"]],
      ] as const) {
        const c = await createConnection(db, {
          companyId: company,
          system: "fortnox",
          displayName: "Fortnox",
        });
        // Numbers as Fortnox gives them: 1, 2, 10 … (and one that is not a number).
        const numbers = ["10", "2", "1", "K-7"];
        await upsertParties(
          db,
          { companyId: company, connectionId: c.id },
          "supplier",
          names.map((name, i) => ({
            externalId: numbers[i]!,
            number: numbers[i]!,
            name,
            ...(i === 1 ? { orgNumber: "556677-8899" } : {}),
            active: true,
          })),
        );
      }
    });
    afterAll(async () => {
      await db.close();
      await engine.dispose();
    });

    const page = { page: 1, pageSize: 50 };
    const numbers = async (q?: string) =>
      (await listParties(db, companyId, "supplier", { ...page, q })).items.map((p) => p.number);

    it("lists numbers in numeric order, others after them", async () => {
      expect(await numbers()).toEqual(["1", "2", "10", "K-7"]);
    });

    it("finds by part of the name (any case, Swedish letters), the number or the organisation number", async () => {
      expect(await numbers("åkeri")).toEqual(["10", "K-7"]);
      expect(await numbers("GROSSIST")).toEqual(["2"]);
      expect(await numbers("8899")).toEqual(["2"]);
      expect(await numbers("K-")).toEqual(["K-7"]);
      // % and _ are letters here, not patterns.
      expect(await numbers("100%")).toEqual(["1"]);
      expect(await numbers("_")).toEqual([]);
      expect((await listParties(db, companyId, "supplier", { ...page, q: "åkeri" })).total).toBe(2);
    });

    it("never finds another company's", async () => {
      expect(await numbers("Syd")).toEqual([]);
    });
  });
}
