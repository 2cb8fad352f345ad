import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppException, isAppException, localDate, money, parseScaled } from "../../core/index.js";
import { inspectSie, sieToBuffer } from "../../sie/index.js";
import type { Db } from "../../store/db.js";
import { createCompany } from "../../store/repos/companies.js";
import { listFiscalYears } from "../../store/repos/ledger/fiscalYears.js";
import { testEngines } from "../../store/testing.js";
import { importSie } from "./importSie.js";

const SAMPLES = "../shared/sie-samples";

function sampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(se|si|sie)$/i.test(name)) out.push(p);
    }
  };
  walk(SAMPLES);
  return out.sort();
}

function ledger(year: number, vouchers: { series: string; number: string; rows: [string, bigint][] }[]) {
  return sieToBuffer({
    program: { name: "Test", version: "1" },
    generated: { date: localDate(`${year}-12-31`) },
    company: { name: "Sjöbod & Åkeri AB", orgNumber: "556000-0001" },
    fiscalYears: [{ index: 0, start: localDate(`${year}-01-01`), end: localDate(`${year}-12-31`) }],
    accounts: [
      { number: "1930", name: "Företagskonto", type: "asset" },
      { number: "3001", name: "Försäljning", type: "income" },
      { number: "2611", name: "Utgående moms", type: "liability" },
    ],
    openingBalances: [{ yearIndex: 0, account: "1930", amount: money(100000n) }],
    vouchers: vouchers.map((v, i) => ({
      series: v.series,
      number: v.number,
      date: localDate(`${year}-03-${String(10 + (i % 18)).padStart(2, "0")}`),
      text: `Försäljning ${i}`,
      rows: v.rows.map(([account, minor]) => ({ account, amount: money(minor), objects: [] })),
    })),
  });
}

/** The file in small pieces, as a slow stream would give it: the import flushes between pieces. */
async function* pieces(bytes: Uint8Array, size = 256): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const sale = (n: number) => ({
  series: "A",
  number: String(n),
  rows: [
    ["1930", 12500n],
    ["3001", -10000n],
    ["2611", -2500n],
  ] as [string, bigint][],
});

for (const engine of testEngines()) {
  describe(`SIE import on ${engine.name}`, () => {
    let db: Db;
    let companyId: string;
    beforeAll(async () => {
      db = await engine.open();
      companyId = (await createCompany(db, { name: "Import AB" })).id;
    });
    afterAll(async () => {
      await db.close();
      await engine.dispose();
    });

    it("imports a year with every voucher, row and balance, exactly", async () => {
      const file = ledger(2024, [sale(1), sale(2), sale(3)]);
      const r = await importSie(db, { companyId, source: file, sourceName: "2024.se", replace: false });
      expect(r).toMatchObject({
        start: "2024-01-01",
        end: "2024-12-31",
        replaced: false,
        counts: { vouchers: 3, rows: 9, accounts: 3 },
      });
      const sums = await db.query<{ account: string; s: string }>(
        "SELECT account, sum(amount)::text AS s FROM voucher_rows WHERE fiscal_year_id = $1 GROUP BY account ORDER BY account",
        [r.fiscalYearId],
      );
      expect(sums).toEqual([
        { account: "1930", s: "37500" },
        { account: "2611", s: "-7500" },
        { account: "3001", s: "-30000" },
      ]);
      const names = await db.query<{ name: string }>(
        "SELECT name FROM ledger_accounts WHERE fiscal_year_id = $1 ORDER BY number",
        [r.fiscalYearId],
      );
      expect(names.map((n) => n.name)).toEqual(["Företagskonto", "Utgående moms", "Försäljning"]);
      const ib = await db.query<{ amount: string }>(
        "SELECT amount FROM ledger_balances WHERE fiscal_year_id = $1 AND kind = 'opening'",
        [r.fiscalYearId],
      );
      expect(ib).toEqual([{ amount: "100000" }]);
    });

    it("refuses to overwrite a year without replace, and replaces it atomically with it", async () => {
      const err = await importSie(db, {
        companyId,
        source: ledger(2024, [sale(9)]),
        sourceName: "again.se",
        replace: false,
      }).catch((e) => e);
      expect(isAppException(err) && err.error.code).toBe("ledger_year_exists");
      expect((err as AppException).error.message).toContain("2024-01-01 – 2024-12-31");
      const before = await listFiscalYears(db, companyId);
      expect(before).toHaveLength(1);
      expect(before[0]).toMatchObject({ voucherCount: 3, sourceName: "2024.se" });

      const r = await importSie(db, {
        companyId,
        source: ledger(2024, [sale(7), sale(8)]),
        sourceName: "new.se",
        replace: true,
      });
      expect(r.replaced).toBe(true);
      const after = await listFiscalYears(db, companyId);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ voucherCount: 2, sourceName: "new.se" });
      const orphans = await db.query(
        "SELECT 1 FROM vouchers WHERE company_id = $1 AND fiscal_year_id <> $2",
        [companyId, r.fiscalYearId],
      );
      expect(orphans).toHaveLength(0);
    });

    it("a file with errors imports nothing and leaves the previous year untouched, listing every error with its line", async () => {
      const unbalanced = {
        series: "A",
        number: "99",
        rows: [
          ["1930", 100n],
          ["3001", -90n],
        ] as [string, bigint][],
      };
      const alsoBad = {
        series: "A",
        number: "100",
        rows: [
          ["1930", 5n],
          ["9999", -4n],
        ] as [string, bigint][],
      };
      const err = await importSie(db, {
        companyId,
        source: ledger(2024, [sale(1), unbalanced, alsoBad]),
        sourceName: "bad.se",
        replace: true,
      }).catch((e) => e);
      expect(isAppException(err) && err.error.code).toBe("ledger_import_has_errors");
      const details = (err as AppException).error.details as { errors: { line: number; code: string }[] };
      expect(details.errors.length).toBeGreaterThanOrEqual(2);
      expect(details.errors.every((e) => e.line > 0)).toBe(true);
      const years = await listFiscalYears(db, companyId);
      expect(years).toHaveLength(1);
      expect(years[0]).toMatchObject({ voucherCount: 2, sourceName: "new.se" });
    });

    it("writes a big file in many batches, each while the next is read, keeping every text and object exactly", async () => {
      const company = await createCompany(db, { name: "Batches AB" });
      const texts = ["C:\\temp\\ ", "back\\slash", 'say "hi"', "Åtgärd \\N", ""];
      const vouchers = Array.from({ length: 60 }, (_, i) => ({
        series: i % 2 === 0 ? "A" : "B\\x",
        number: String(i + 1),
        date: localDate(`2023-0${1 + (i % 9)}-1${i % 10}`),
        text: texts[i % texts.length]!,
        rows: [
          {
            account: "1930",
            amount: money(BigInt(1000 + i)),
            objects: [{ dimension: 6, code: `P\\${i % 3}` }],
          },
          {
            account: "3001",
            amount: money(BigInt(-1000 - i)),
            objects: [],
            text: texts[(i + 1) % texts.length]!,
          },
        ],
      }));
      const file = sieToBuffer({
        program: { name: "Test", version: "1" },
        generated: { date: localDate("2023-12-31") },
        company: { name: "Batches AB" },
        fiscalYears: [{ index: 0, start: localDate("2023-01-01"), end: localDate("2023-12-31") }],
        accounts: [
          { number: "1930", name: "Bank", type: "asset" },
          { number: "3001", name: "Försäljning", type: "income" },
        ],
        dimensions: [{ number: 6, name: "Projekt" }],
        objects: [0, 1, 2].map((n) => ({ dimension: 6, code: `P\\${n}`, name: `P${n}` })),
        vouchers,
      });
      const r = await importSie(db, {
        companyId: company.id,
        source: pieces(file),
        sourceName: "batches.se",
        replace: false,
        batchRows: 7,
      });
      expect(r.counts).toEqual({ vouchers: 60, rows: 120, accounts: 2 });
      const stored = await db.query<{ series: string; number: string; text: string; rows: string }>(
        `SELECT v.series, v.number, v.text,
           string_agg(r.account || '|' || r.amount || '|' || coalesce(r.text, '-') || '|' || coalesce(r.project, '-')
             || '|' || coalesce(r.objects::text, '-') || '|' || r.company_id || '|' || r.fiscal_year_id, ';' ORDER BY r.row_no) AS rows
         FROM vouchers v JOIN voucher_rows r ON r.voucher_id = v.id
         WHERE v.company_id = $1 AND v.fiscal_year_id = $2
         GROUP BY v.id, v.series, v.number, v.text ORDER BY v.number::int`,
        [company.id, r.fiscalYearId],
      );
      // Ids follow the file (time-ordered, so their index entries are written side by side).
      const byId = await db.query<{ number: string }>(
        "SELECT number FROM vouchers WHERE fiscal_year_id = $1 ORDER BY id",
        [r.fiscalYearId],
      );
      expect(byId.map((v) => Number(v.number))).toEqual(vouchers.map((_, i) => i + 1));
      expect(stored).toEqual(
        vouchers.map((v, i) => ({
          series: v.series,
          number: v.number,
          text: v.text,
          rows: [
            `1930|${1000 + i}|-|P\\${i % 3}|[{"code": "P\\\\${i % 3}", "dimension": 6}]|${company.id}|${r.fiscalYearId}`,
            `3001|${-1000 - i}|${texts[(i + 1) % texts.length] || "-"}|-|-|${company.id}|${r.fiscalYearId}`,
          ].join(";"),
        })),
      );
    });

    it("a failure while a later batch is written rolls the whole import back, leaving the previous year untouched", async () => {
      const company = await createCompany(db, { name: "Rollback AB" });
      await importSie(db, {
        companyId: company.id,
        source: ledger(2022, [sale(1)]),
        sourceName: "first.se",
        replace: false,
      });
      const many = Array.from({ length: 40 }, (_, i) => sale(i + 1));
      const file = Buffer.from(ledger(2022, many));
      // A NUL byte in voucher 30's text: the reader keeps it, the database refuses it while writing.
      const at = file.indexOf(Buffer.from('"F\x94rs\x84ljning 29"', "latin1"));
      expect(at).toBeGreaterThan(0);
      file[at + 2] = 0;
      const err = await importSie(db, {
        companyId: company.id,
        source: pieces(file),
        sourceName: "second.se",
        replace: true,
        batchRows: 9,
      }).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/0x00/);
      const years = await listFiscalYears(db, company.id);
      expect(years).toHaveLength(1);
      expect(years[0]).toMatchObject({ voucherCount: 1, sourceName: "first.se" });
      const [n] = await db.query<{ vouchers: string; rows: string }>(
        `SELECT (SELECT count(*) FROM vouchers WHERE company_id = $1)::text AS vouchers,
           (SELECT count(*) FROM voucher_rows WHERE company_id = $1)::text AS rows`,
        [company.id],
      );
      expect(n).toEqual({ vouchers: "1", rows: "3" });
    });

    it("deleting a company deletes its vouchers (the cascade is a trigger, not a foreign key)", async () => {
      const company = await createCompany(db, { name: "Gone AB" });
      await importSie(db, {
        companyId: company.id,
        source: ledger(2021, [sale(1), sale(2)]),
        sourceName: "x.se",
        replace: false,
      });
      const count = async () =>
        (
          await db.query<{ n: string }>("SELECT count(*)::text AS n FROM vouchers WHERE company_id = $1", [
            company.id,
          ])
        )[0]?.n;
      expect(await count()).toBe("2");
      await db.query("DELETE FROM companies WHERE id = $1", [company.id]);
      expect(await count()).toBe("0");
    });

    it("imports every real export among the samples that has a current year and no errors, matching its own summary", async () => {
      let imported = 0;
      for (const path of sampleFiles()) {
        const bytes = readFileSync(path);
        const summary = await inspectSie(bytes);
        if (summary.errors.length > 0 || !summary.fiscalYears.some((y) => y.index === 0)) continue;
        const company = await createCompany(db, { name: path });
        const r = await importSie(db, {
          companyId: company.id,
          source: bytes,
          sourceName: path,
          replace: false,
        });
        expect({ path, vouchers: r.counts.vouchers, rows: r.counts.rows }).toEqual({
          path,
          vouchers: summary.counts.vouchers,
          rows: summary.counts.transactions,
        });
        const [t] = await db.query<{ debit: string | null; credit: string | null }>(
          `SELECT sum(amount) FILTER (WHERE amount > 0)::text AS debit, (-sum(amount) FILTER (WHERE amount < 0))::text AS credit
           FROM voucher_rows WHERE fiscal_year_id = $1 AND kind = 'trans'`,
          [r.fiscalYearId],
        );
        const minor = (text: string) => {
          const r = parseScaled(text, 2);
          return r.ok ? r.value : Number.NaN;
        };
        expect({ path, debit: BigInt(t?.debit ?? "0"), credit: BigInt(t?.credit ?? "0") }).toEqual({
          path,
          debit: minor(summary.totals.debit),
          credit: minor(summary.totals.credit),
        });
        imported++;
      }
      expect(imported).toBeGreaterThan(10);
    });
  });
}
