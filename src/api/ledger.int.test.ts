import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate, money } from "../core/index.js";
import { inspectSie, sieToBuffer } from "../sie/index.js";
import { testEngines } from "../store/testing.js";
import { type Client, setupAdmin, testServer } from "./testing.js";

/** A small year: opening bank balance 1000.00, two sales and one cost, with a cost center and a project. */
function year2025(extra = 0) {
  const v = (n: number, date: string, rows: [string, bigint, { dimension: number; code: string }[]][]) => ({
    series: "A",
    number: String(n),
    date: localDate(date),
    text: `Verifikation ${n}`,
    rows: rows.map(([account, minor, objects]) => ({ account, amount: money(minor), objects })),
  });
  return sieToBuffer({
    program: { name: "Test", version: "1" },
    generated: { date: localDate("2025-12-31") },
    company: { name: "Ärlig Redovisning AB", orgNumber: "556000-0002" },
    fiscalYears: [{ index: 0, start: localDate("2025-01-01"), end: localDate("2025-12-31") }],
    accounts: [
      { number: "1930", name: "Företagskonto", type: "asset" },
      { number: "2611", name: "Utgående moms 25%", type: "liability" },
      { number: "3001", name: "Försäljning", type: "income" },
      { number: "5010", name: "Lokalhyra", type: "expense" },
    ],
    dimensions: [
      { number: 1, name: "Kostnadsställe" },
      { number: 6, name: "Projekt" },
    ],
    objects: [
      { dimension: 1, code: "K1", name: "Stockholm" },
      { dimension: 6, code: "P1", name: "Bygget" },
    ],
    openingBalances: [{ yearIndex: 0, account: "1930", amount: money(100000n) }],
    vouchers: [
      v(1, "2025-01-15", [
        ["1930", 125000n, []],
        ["3001", -100000n, [{ dimension: 1, code: "K1" }]],
        ["2611", -25000n, []],
      ]),
      v(2, "2025-02-10", [
        ["5010", 40000n, [{ dimension: 6, code: "P1" }]],
        ["1930", -40000n, []],
      ]),
      v(3, "2025-02-20", [
        ["1930", 62500n + BigInt(extra), []],
        ["3001", -50000n - BigInt(extra), [{ dimension: 6, code: "P1" }]],
        ["2611", -12500n, []],
      ]),
    ],
  });
}

for (const engine of testEngines()) {
  describe(`ledger API on ${engine.name}`, () => {
    let srv: Awaited<ReturnType<typeof testServer>>;
    let db: Awaited<ReturnType<typeof engine.open>>;
    let client: Client;
    let base: string;
    beforeAll(async () => {
      db = await engine.open();
      srv = await testServer(db);
      const admin = await setupAdmin(srv.app, "Bok AB");
      client = admin.client;
      base = `/api/companies/${admin.companyId}`;
    });
    afterAll(async () => {
      await srv.close();
      await db.close();
      await engine.dispose();
    });

    const upload = (url: string, body: Buffer) =>
      srv.app.inject({
        method: "POST",
        url,
        payload: body,
        headers: {
          cookie: client.cookie!,
          "x-csrf-token": client.csrf!,
          "content-type": "application/octet-stream",
        },
      });

    it("inspects, imports, refuses a second import without replace, and replaces on request", async () => {
      const inspected = (await upload(`${base}/ledger/sie/inspect`, year2025())).json();
      expect(inspected.summary).toMatchObject({
        company: { name: "Ärlig Redovisning AB" },
        counts: { vouchers: 3, transactions: 8 },
      });
      expect(inspected.existingYear).toBeNull();
      const imported = await upload(`${base}/ledger/sie?name=bok-2025.se`, year2025());
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({
        replaced: false,
        counts: { vouchers: 3, rows: 8 },
        fiscalYear: { start: "2025-01-01", source: "sie", sourceName: "bok-2025.se" },
      });
      const again = await upload(`${base}/ledger/sie`, year2025());
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("ledger_year_exists");
      expect((await upload(`${base}/ledger/sie/inspect`, year2025())).json().existingYear).toMatchObject({
        voucherCount: 3,
      });
      const replaced = await upload(`${base}/ledger/sie?replace=true&name=ny.se`, year2025(10000));
      expect(replaced.json()).toMatchObject({ replaced: true, fiscalYear: { sourceName: "ny.se" } });
      const years = (await client.get(`${base}/fiscal-years`)).json();
      expect(years).toHaveLength(1);
    });

    it("refuses a broken file with every error and its line, keeping the year as it was", async () => {
      const broken = Buffer.from(
        year2025().toString("latin1").replace("#TRANS 2611 {} -250.00", "#TRANS 2611 {} -240.00"),
        "latin1",
      );
      const res = await upload(`${base}/ledger/sie?replace=true`, broken);
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe("ledger_import_has_errors");
      expect(body.error.details.errors[0]).toMatchObject({
        line: expect.any(Number),
        code: expect.stringMatching(/^sie_/),
      });
      const [y] = (await client.get(`${base}/fiscal-years`)).json();
      expect(y.sourceName).toBe("ny.se");
    });

    it("reports: trial balance, statements, monthly result, filters, drill-down to the voucher, CSV and SIE export", async () => {
      const [y] = (await client.get(`${base}/fiscal-years`)).json();
      const yb = `${base}/fiscal-years/${y.id}`;
      const tb = (await client.get(`${yb}/reports/trial-balance`)).json();
      expect(tb).toEqual([
        {
          account: "1930",
          name: "Företagskonto",
          opening: "1000.00",
          movement: "1575.00",
          closing: "2575.00",
        },
        {
          account: "2611",
          name: "Utgående moms 25%",
          opening: "0.00",
          movement: "-375.00",
          closing: "-375.00",
        },
        { account: "3001", name: "Försäljning", opening: "0.00", movement: "-1600.00", closing: "-1600.00" },
        { account: "5010", name: "Lokalhyra", opening: "0.00", movement: "400.00", closing: "400.00" },
      ]);
      const feb = (await client.get(`${yb}/reports/trial-balance?from=2025-02-01&to=2025-02-28`)).json();
      expect(feb.find((l: { account: string }) => l.account === "1930")).toMatchObject({
        opening: "2250.00",
        movement: "325.00",
        closing: "2575.00",
      });
      const project = (await client.get(`${yb}/reports/trial-balance?project=P1`)).json();
      expect(project.map((l: { account: string; movement: string }) => [l.account, l.movement])).toEqual([
        ["3001", "-600.00"],
        ["5010", "400.00"],
      ]);
      const is = (await client.get(`${yb}/reports/income-statement`)).json();
      expect(is.result).toBe("1200.00");
      expect(is.groups.find((g: { key: string }) => g.key === "revenue").amount).toBe("1600.00");
      const bs = (await client.get(`${yb}/reports/balance-sheet`)).json();
      expect(bs).toMatchObject({
        totalAssets: "2575.00",
        totalEquityAndLiabilities: "1575.00",
        result: "1200.00",
      });
      const monthly = (await client.get(`${yb}/reports/monthly-result`)).json();
      expect(monthly).toHaveLength(12);
      expect(monthly.slice(0, 3)).toEqual([
        { month: "2025-01", result: "1000.00" },
        { month: "2025-02", result: "200.00" },
        { month: "2025-03", result: "0.00" },
      ]);
      const q1 = (await client.get(`${yb}/reports/monthly-result?from=2025-02-01&to=2025-03-31`)).json();
      expect(q1).toEqual([
        { month: "2025-02", result: "200.00" },
        { month: "2025-03", result: "0.00" },
      ]);

      expect((await client.get(`${yb}/objects`)).json()).toEqual({
        costCenters: [{ code: "K1", name: "Stockholm" }],
        projects: [{ code: "P1", name: "Bygget" }],
      });

      const drill = (await client.get(`${yb}/accounts/3001/transactions`)).json();
      expect(drill).toMatchObject({ account: "3001", name: "Försäljning", total: 2, closing: "-1600.00" });
      const voucher = (await client.get(`${base}/vouchers/${drill.items[0].voucherId}`)).json();
      expect(voucher).toMatchObject({ series: "A", number: "1", date: "2025-01-15", text: "Verifikation 1" });
      expect(voucher.rows.map((r: { account: string; amount: string }) => [r.account, r.amount])).toEqual([
        ["1930", "1250.00"],
        ["3001", "-1000.00"],
        ["2611", "-250.00"],
      ]);

      const csv = await client.get(`${yb}/reports/trial-balance.csv`);
      expect(csv.headers["content-type"]).toContain("text/csv");
      expect(csv.body).toContain("3001;Försäljning;0,00;-1600,00;-1600,00");

      const sie = await srv.app.inject({
        method: "GET",
        url: `${yb}/sie`,
        headers: { cookie: client.cookie! },
      });
      expect(sie.statusCode).toBe(200);
      const summary = await inspectSie(sie.rawPayload);
      expect(summary).toMatchObject({
        encoding: "cp437",
        errors: [],
        counts: { vouchers: 3, transactions: 8 },
        company: { name: "Bok AB" },
      });
      expect(summary.totals).toEqual({ debit: "2375.00", credit: "2375.00" });
    });
  });
}
