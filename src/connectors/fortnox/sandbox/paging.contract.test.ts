/** The sandbox's list conventions over HTTP: MetaInformation, limit/page/offset, sorting, lastmodified. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../test/harness.js";
import { authorizeInSandbox } from "./consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./index.js";

let sb: FortnoxSandbox;
let token: string;

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 31, vouchersPerYear: 1234, currentYear: 2025, rateLimit: false });
  token = (await authorizeInSandbox(sb, { username: "admin", scopes: ALL_SCOPES })).accessToken;
});
afterAll(() => sb.close());

async function get(path: string) {
  const res = await fetch(sb.url + path, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { MetaInformation: Record<string, number> },
  };
}

const numbers = (body: Record<string, unknown>, key: string, field: string) =>
  (body[key] as Record<string, unknown>[]).map((v) => `${v.VoucherSeries ?? ""}${v[field]}`);

describe("sandbox lists", () => {
  it("page 100 by default, at most 500, with MetaInformation", async () => {
    const first = await get("/3/vouchers?financialyear=1");
    expect((first.body.Vouchers as unknown[]).length).toBe(100);
    expect(first.body.MetaInformation).toEqual({
      "@TotalResources": 1234,
      "@TotalPages": 13,
      "@CurrentPage": 1,
    });
    const big = await get("/3/vouchers?financialyear=1&limit=2000");
    expect((big.body.Vouchers as unknown[]).length).toBe(500);
    expect(big.body.MetaInformation["@TotalPages"]).toBe(3);
  });

  it("answer an empty page past the end", async () => {
    const past = await get("/3/vouchers?financialyear=1&limit=500&page=9");
    expect(past.body.Vouchers).toEqual([]);
    expect(past.body.MetaInformation["@CurrentPage"]).toBe(9);
  });

  it("combine offset with page, and sort descending", async () => {
    const all = numbers(
      (await get("/3/vouchers?financialyear=1&limit=500")).body,
      "Vouchers",
      "VoucherNumber",
    );
    const offset = numbers(
      (await get("/3/vouchers?financialyear=1&limit=10&offset=5&page=2")).body,
      "Vouchers",
      "VoucherNumber",
    );
    expect(offset).toEqual(all.slice(15, 25));
    const desc = numbers(
      (await get("/3/vouchers?financialyear=1&limit=3&sortorder=descending")).body,
      "Vouchers",
      "VoucherNumber",
    );
    expect(desc).toEqual(["E246", "E245", "E244"]);
    const byName = (await get("/3/customers?sortby=name&limit=500")).body.Customers as { Name: string }[];
    const names = byName.map((c) => c.Name);
    expect(names).toEqual([...names].sort(new Intl.Collator("sv", { numeric: true }).compare));
  });

  it("refuse malformed parameters with 2000588", async () => {
    for (const q of ["limit=0", "page=x", "lastmodified=igår", "sortorder=upp"]) {
      const r = await get(`/3/customers?${q}`);
      expect(r.status).toBe(400);
      expect((r.body.ErrorInformation as { code: number }).code).toBe(2000588);
    }
  });
});
