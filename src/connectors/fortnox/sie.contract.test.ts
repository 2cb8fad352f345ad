/** exportSie against the sandbox: one request per year, read and checked by src/sie. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FortnoxClient } from "./client.js";
import * as fx from "./index.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./sandbox/index.js";
import { connect } from "./test/harness.js";

let sb: FortnoxSandbox;
let client: FortnoxClient;
let years: fx.FortnoxFiscalYear[];

beforeAll(async () => {
  sb = await startFortnoxSandbox({ seed: 13, vouchersPerYear: 3000, currentYear: 2025, rateLimit: false });
  ({ client } = await connect(sb));
  years = await fx.listFinancialYears(client);
});
afterAll(() => sb.close());

describe("exportSie", () => {
  it("reads a whole year's vouchers with rows in one request, CP437, without check errors", async () => {
    const before = sb.stats.byPath.get("/3/sie") ?? 0;
    const { bytes, document } = await fx.exportSie(client, { financialYearId: years[1]!.externalId });
    expect((sb.stats.byPath.get("/3/sie") ?? 0) - before).toBe(1);
    expect(document.summary.encoding).toBe("cp437");
    expect(document.summary.errors).toEqual([]);
    expect(document.vouchers).toHaveLength(3000);
    expect(document.company.name).toBe(sb.tenants[0]!.name);
    expect(document.summary.totals.debit).toBe(document.summary.totals.credit);
    expect(bytes.length).toBeGreaterThan(100_000);
  });

  it("agrees with the REST API on a voucher, including a struck-out row", async () => {
    const fy = years[0]!.externalId;
    const { document } = await fx.exportSie(client, { financialYearId: fy });
    const fromSie = document.vouchers.find((v) => v.series === "A" && v.number === "37")!;
    const fromApi = await fx.getVoucher(client, { series: "A", number: "37", financialYearId: fy });
    expect(fromSie.rows.map((r) => [r.account, r.amount.minor])).toEqual(
      fromApi.rows.map((r) => [r.account, r.amount.minor]),
    );
    expect(fromSie.removedRows?.map((r) => r.amount.minor)).toEqual(
      fromApi.removedRows?.map((r) => r.amount.minor),
    );
  });

  it("opens each year with the previous year's closing balances", async () => {
    const [a, b] = await Promise.all(
      [0, 1].map((k) => fx.exportSie(client, { financialYearId: years[k]!.externalId, type: 1 })),
    );
    const closing1930 = a!.document.closingBalances.find((x) => x.account === "1930")!.amount.minor;
    const opening1930 = b!.document.openingBalances.find((x) => x.account === "1930")!.amount.minor;
    expect(opening1930).toBe(closing1930);
    expect(b!.document.openingBalances.reduce((s, x) => s + x.amount.minor, 0n)).toBe(0n);
    expect(a!.document.vouchers).toHaveLength(0);
  });

  it("exports types 2 and 3 with period balances and dimensions", async () => {
    const t2 = await fx.exportSie(client, { financialYearId: years[2]!.externalId, type: 2 });
    expect(t2.document.periodBalances.length).toBeGreaterThan(12);
    const t3 = await fx.exportSie(client, { financialYearId: years[2]!.externalId, type: 3 });
    expect(t3.document.dimensions.map((d) => d.number)).toEqual([1, 6]);
    expect(t3.document.summary.errors).toEqual([]);
  });

  it("restricts the vouchers to fromdate/todate like the voucher list", async () => {
    const range = { financialYearId: years[1]!.externalId, fromDate: "2024-05-01", toDate: "2024-05-31" };
    const { document } = await fx.exportSie(client, range);
    const listed = await fx.listVouchers(client, range);
    expect(document.vouchers.length).toBe(listed.length);
    expect(document.vouchers.every((v) => v.date >= "2024-05-01" && v.date <= "2024-05-31")).toBe(true);
    expect(document.summary.errors).toEqual([]);
  });

  it("is deterministic per seed", async () => {
    const twin = await startFortnoxSandbox({
      seed: 13,
      vouchersPerYear: 3000,
      currentYear: 2025,
      rateLimit: false,
    });
    const other = await startFortnoxSandbox({
      seed: 14,
      vouchersPerYear: 3000,
      currentYear: 2025,
      rateLimit: false,
    });
    try {
      const mine = await fx.exportSie(client, { financialYearId: years[2]!.externalId });
      const twinBytes = (
        await fx.exportSie((await connect(twin)).client, { financialYearId: years[2]!.externalId })
      ).bytes;
      const otherBytes = (
        await fx.exportSie((await connect(other)).client, { financialYearId: years[2]!.externalId })
      ).bytes;
      expect(Buffer.from(twinBytes).equals(Buffer.from(mine.bytes))).toBe(true);
      expect(Buffer.from(otherBytes).equals(Buffer.from(mine.bytes))).toBe(false);
    } finally {
      await twin.close();
      await other.close();
    }
  });
});
