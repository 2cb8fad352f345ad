/**
 * Issues 3 and 5 in a real browser against the real server: the Ledger page from empty, a SIE file
 * checked and imported, the reports of the year (trial balance, filters, income statement, monthly
 * result), an account's drill-down down to a voucher, replacing the year after confirmation, a real
 * SIE file from another program, and a broken file whose every error is shown with its line.
 *
 * The SIE files are written by the project's own writer from vouchers listed below, so every figure
 * the test expects can be worked out by hand from them (see `TRIAL_BALANCE`).
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate, money } from "../../src/core/index.js";
import { sieToBuffer } from "../../src/sie/index.js";
import { completeFirstRun, fillByLabel, heading, openSection, switcherButton } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { REPO_ROOT, type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Maja Öberg", email: "maja.oberg@example.se", password: "Bokföring-är-kul-7" };
const COMPANY = "Öbergs Redovisning AB";
const FILE_COMPANY = "Åsa & Östergrens Bärodling AB";
const REAL_SAMPLE = join(REPO_ROOT, "../shared/sie-samples/jsisie/transaktioner_ovnbolag.se");
const YEAR_2025 = "1 jan. 2025 – 31 dec. 2025";

type Row = [account: string, ore: bigint, project?: string | undefined, costCenter?: string | undefined];

/** The vouchers of 2025 (amounts in öre). */
const VOUCHERS: Array<{ n: number; date: string; text: string; rows: Row[] }> = [
  {
    n: 1,
    date: "2025-01-15",
    text: "Faktura 1001 Ängsbacken",
    rows: [
      ["1510", 1_250_000n],
      ["3041", -1_000_000n, "P1"],
      ["2611", -250_000n],
    ],
  },
  {
    n: 2,
    date: "2025-01-31",
    text: "Hyra januari",
    rows: [
      ["5010", 800_000n, undefined, "K1"],
      ["1930", -800_000n],
    ],
  },
  {
    n: 3,
    date: "2025-02-14",
    text: "Inbetalning 1001",
    rows: [
      ["1930", 1_250_000n],
      ["1510", -1_250_000n],
    ],
  },
  {
    n: 4,
    date: "2025-03-10",
    text: "Faktura 1002 Älvstaden",
    rows: [
      ["1510", 2_500_000n],
      ["3041", -2_000_000n, "P2"],
      ["2611", -500_000n],
    ],
  },
  {
    n: 5,
    date: "2025-03-20",
    text: "Material till Ängsbacken",
    rows: [
      ["4010", 345_678n, "P1"],
      ["1930", -345_678n],
    ],
  },
  {
    n: 6,
    date: "2025-04-25",
    text: "Löner april",
    rows: [
      ["7010", 1_000_000n],
      ["1930", -1_000_000n],
    ],
  },
];

/** Added in the second upload of the same year. */
const SEVENTH = {
  n: 7,
  date: "2025-05-05",
  text: "Faktura 1003 Älvstaden",
  rows: [
    ["1510", 625_000n],
    ["3041", -500_000n, "P2"],
    ["2611", -125_000n],
  ] satisfies Row[],
};

/** Two vouchers that do not balance (10.00 and 0.01 off), in an otherwise fine file. */
const UNBALANCED = [
  {
    n: 1,
    date: "2025-06-01",
    text: "Felaktig",
    rows: [
      ["1930", 10_000n],
      ["3041", -9_000n],
    ] satisfies Row[],
  },
  {
    n: 2,
    date: "2025-06-02",
    text: "Också fel",
    rows: [
      ["1930", 5_001n],
      ["3041", -5_000n],
    ] satisfies Row[],
  },
];

const OPENING: Array<[string, bigint]> = [
  ["1930", 5_000_000n],
  ["2081", -5_000_000n],
];

/** #UB and #RES as the accounting program would write them: opening plus every row, per account. */
function yearEnd(vouchers: typeof VOUCHERS) {
  const sums = new Map<string, bigint>(OPENING);
  for (const v of vouchers)
    for (const [account, ore] of v.rows) sums.set(account, (sums.get(account) ?? 0n) + ore);
  const entries = [...sums].map(([account, ore]) => ({ yearIndex: 0, account, amount: money(ore) }));
  return {
    closingBalances: entries.filter((e) => e.account < "3"),
    results: entries.filter((e) => e.account >= "3"),
  };
}

function sieFile(vouchers: typeof VOUCHERS): Buffer {
  return sieToBuffer({
    ...yearEnd(vouchers),
    program: { name: "Ledgerbridge e2e", version: "1" },
    generated: { date: localDate("2025-12-31") },
    company: { name: FILE_COMPANY, orgNumber: "556677-8899" },
    fiscalYears: [{ start: localDate("2025-01-01"), end: localDate("2025-12-31") }],
    accounts: [
      { number: "1510", name: "Kundfordringar", type: "asset" },
      { number: "1930", name: "Företagskonto", type: "asset" },
      { number: "2081", name: "Aktiekapital", type: "liability" },
      { number: "2611", name: "Utgående moms 25 %", type: "liability" },
      { number: "3041", name: "Försäljning tjänster 25 %", type: "income" },
      { number: "4010", name: "Inköp material", type: "expense" },
      { number: "5010", name: "Lokalhyra", type: "expense" },
      { number: "7010", name: "Löner", type: "expense" },
    ],
    dimensions: [
      { number: 1, name: "Kostnadsställe" },
      { number: 6, name: "Projekt" },
    ],
    objects: [
      { dimension: 1, code: "K1", name: "Göteborg" },
      { dimension: 6, code: "P1", name: "Ängsbacken" },
      { dimension: 6, code: "P2", name: "Älvstaden" },
    ],
    openingBalances: OPENING.map(([account, ore]) => ({ yearIndex: 0, account, amount: money(ore) })),
    vouchers: vouchers.map((v) => ({
      series: "A",
      number: String(v.n),
      date: localDate(v.date),
      text: v.text,
      rows: v.rows.map(([account, ore, project, costCenter]) => ({
        account,
        amount: money(ore),
        objects: [
          ...(costCenter ? [{ dimension: 1, code: costCenter }] : []),
          ...(project ? [{ dimension: 6, code: project }] : []),
        ],
      })),
    })),
  });
}

/** sv-SE, the app's default: a no-break space groups thousands, a real minus sign (U+2212). */
const sv = (text: string) => text.replaceAll(" ", "\u00a0").replace("-", "\u2212");

/**
 * By hand from VOUCHERS: 1930 opens at 50 000.00 and moves −8 000 + 12 500 − 3 456.78 − 10 000;
 * 1510 +12 500 − 12 500 + 25 000; 2611 −2 500 − 5 000; 3041 −10 000 − 20 000; costs as booked.
 */
const TRIAL_BALANCE = [
  ["1510", "Kundfordringar", "0,00", "25 000,00", "25 000,00"],
  ["1930", "Företagskonto", "50 000,00", "-8 956,78", "41 043,22"],
  ["2081", "Aktiekapital", "-50 000,00", "0,00", "-50 000,00"],
  ["2611", "Utgående moms 25 %", "0,00", "-7 500,00", "-7 500,00"],
  ["3041", "Försäljning tjänster 25 %", "0,00", "-30 000,00", "-30 000,00"],
  ["4010", "Inköp material", "0,00", "3 456,78", "3 456,78"],
  ["5010", "Lokalhyra", "0,00", "8 000,00", "8 000,00"],
  ["7010", "Löner", "0,00", "10 000,00", "10 000,00"],
].map(([account, name, ...amounts]) => [account, name, ...amounts.map((a) => sv(a ?? ""))]);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let companyId = "";
const files = { first: "", second: "", broken: "" };

/** Each row's cells as a user reads them. */
async function rowsOf(selector: string): Promise<string[][]> {
  const rows = await page.locator(selector).all();
  return Promise.all(rows.map(async (r) => (await r.locator("th, td").allInnerTexts()).map((c) => c.trim())));
}
const fact = (name: string) =>
  page.locator(
    `xpath=//dl[contains(@class,"facts")]/dt[normalize-space()="${name}"]/following-sibling::dd[1]`,
  );
/** A report shows the previous figures, dimmed and busy, until the new ones arrive. */
const settled = (report: string) =>
  page.locator(`section[aria-label="${report}"][aria-busy="false"]`).waitFor();
const fileInput = () => page.getByLabel("SIE file", { exact: true });
const summary = (fileName: string) => page.getByRole("region", { name: `Contents of ${fileName}` });
const yearsTable = "table.fiscal-years tbody tr";

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "ledgerbridge-e2e-sie-"));
  files.first = join(dir, "bokslut-2025.se");
  files.second = join(dir, "bokslut-2025-v2.se");
  files.broken = join(dir, "bokslut-2025-trasig.se");
  await writeFile(files.first, sieFile(VOUCHERS));
  await writeFile(files.second, sieFile([...VOUCHERS, SEVENTH]));
  await writeFile(files.broken, sieFile(UNBALANCED));
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page, errors: pageErrors } = await openPage(browser));
  companyId = await completeFirstRun(page, server.url, ADMIN, COMPANY);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the ledger (issues 3 and 5) in the browser", () => {
  it("starts empty and asks for a SIE file", async () => {
    await openSection(page, "Ledger");
    expect(new URL(page.url()).pathname).toBe(`/c/${companyId}/ledger`);
    expect(await visibleText(page.locator(".empty"))).toContain("No fiscal years yet.");
    expect(await visibleText(page.getByRole("heading", { level: 2, name: "Upload a SIE file" }))).toBe(
      "Upload a SIE file",
    );
    await screenshot(page, "ledger-01-empty");
  });

  it("checks a generated file: the company with å, ä and ö, its counts and totals, no errors", async () => {
    const inspect = page.waitForRequest((r) => r.url().endsWith("/ledger/sie/inspect"));
    await fileInput().setInputFiles(files.first);
    const request = await inspect;
    expect(request.headers()["content-type"]).toBe("application/octet-stream");
    await summary("bokslut-2025.se").waitFor();
    expect(await visibleText(fact("Company"))).toBe(`${FILE_COMPANY} (556677-8899)`);
    expect(await visibleText(fact("Fiscal years"))).toBe(`${YEAR_2025} — current year`);
    expect(await visibleText(fact("Accounts"))).toBe("8");
    expect(await visibleText(fact("Vouchers"))).toBe("6");
    expect(await visibleText(fact("Transactions"))).toBe("14");
    // 12 500 + 8 000 + 12 500 + 25 000 + 3 456.78 + 10 000 on each side.
    expect(await visibleText(fact("Total debit"))).toBe(sv("71 456,78"));
    expect(await visibleText(fact("Total credit"))).toBe(sv("71 456,78"));
    expect(await visibleText(summary("bokslut-2025.se").locator(".badge"))).toBe("No errors");
    expect(await page.getByRole("heading", { name: /^Errors/ }).count()).toBe(0);
    await screenshot(page, "ledger-02-checked");
  });

  it("imports it, and lists the year with its source", async () => {
    const sent = page.waitForRequest((r) => new URL(r.url()).pathname.endsWith("/ledger/sie"));
    await page.getByRole("button", { name: `Import the fiscal year ${YEAR_2025}` }).click();
    const query = new URL((await sent).url()).searchParams;
    expect(query.get("name")).toBe("bokslut-2025.se");
    expect(query.get("replace")).toBeNull();
    const done = page.locator("p.success");
    expect(await visibleText(done)).toBe(
      `Imported the fiscal year ${YEAR_2025} from bokslut-2025.se: 6 vouchers, 14 rows, 8 accounts. Open the trial balance`,
    );
    await page.locator(yearsTable).first().waitFor();
    const [row, ...more] = await rowsOf(yearsTable);
    expect(more).toEqual([]);
    expect(row?.slice(0, 5)).toEqual([YEAR_2025, "SIE file", "bokslut-2025.se", "6", "14"]);
    await screenshot(page, "ledger-03-imported");
  });

  it("shows the trial balance with the exact figures of the vouchers", async () => {
    await page.getByRole("link", { name: "Open the trial balance" }).click();
    await heading(page, "Trial balance").waitFor();
    expect(new URL(page.url()).pathname).toMatch(
      new RegExp(`^/c/${companyId}/ledger/[0-9a-f-]{36}/trial-balance$`),
    );
    await page.locator("table.trial-balance tbody tr").first().waitFor();
    expect(await rowsOf("table.trial-balance tbody tr")).toEqual(TRIAL_BALANCE);
    expect(await rowsOf("table.trial-balance tfoot tr")).toEqual([["Total", "0,00", "0,00", "0,00"]]);
    expect(await page.locator("p.warning").count()).toBe(0);

    // The year downloads as a SIE 4 file again, with its vouchers.
    const [sie] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "SIE 4 file" }).click(),
    ]);
    expect(sie.suggestedFilename()).toBe("sie4-2025.se");
    const exported = (await readFile((await sie.path()) ?? "")).toString("latin1");
    expect(exported).toMatch(/#VER "?A"? "?5"? 20250320/);
    expect(exported).toMatch(/#TRANS 4010 \{[^}]*\} 3456\.78/);
    expect(await visibleText(page.locator(".report-scope"))).toBe(`${YEAR_2025} · amounts in SEK`);
    await screenshot(page, "ledger-04-trial-balance");
  });

  it("filters by a project: only its rows count, and the filter is in the URL", async () => {
    await page.getByLabel("Project", { exact: true }).selectOption({ label: "P1 Ängsbacken" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("project") === "P1");
    await page.locator(".report-scope", { hasText: "project P1" }).waitFor();
    await settled("Trial balance");
    expect(await rowsOf("table.trial-balance tbody tr")).toEqual([
      ["3041", "Försäljning tjänster 25 %", "0,00", sv("-10 000,00"), sv("-10 000,00")],
      ["4010", "Inköp material", "0,00", sv("3 456,78"), sv("3 456,78")],
    ]);
    await screenshot(page, "ledger-05-trial-balance-project");

    // The CSV export carries the same filter.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Trial balance (CSV)" }).click(),
    ]);
    expect(new URL(download.url()).searchParams.get("project")).toBe("P1");
    const csv = await readFile((await download.path()) ?? "", "utf8");
    expect(csv).toBe(
      "\ufeffKonto;Benämning;Ingående balans;Period;Utgående balans\r\n" +
        "3041;Försäljning tjänster 25 %;0,00;-10000,00;-10000,00\r\n" +
        "4010;Inköp material;0,00;3456,78;3456,78\r\n",
    );

    // A cost center instead: only January's rent was booked on K1.
    await page.getByLabel("Cost center", { exact: true }).selectOption({ label: "K1 Göteborg" });
    await page.getByLabel("Project", { exact: true }).selectOption({ label: "All" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("costCenter") === "K1" && !url.searchParams.has("project"),
    );
    await page.locator(".report-scope", { hasText: "cost center K1" }).waitFor();
    await settled("Trial balance");
    expect(await rowsOf("table.trial-balance tbody tr")).toEqual([
      ["5010", "Lokalhyra", "0,00", sv("8 000,00"), sv("8 000,00")],
    ]);
    await page.getByLabel("Cost center", { exact: true }).selectOption({ label: "All" });
    await page.getByLabel("Project", { exact: true }).selectOption({ label: "P1 Ängsbacken" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("project") === "P1" && !url.searchParams.has("costCenter"),
    );
  });

  it("shows the income statement's result, income positive, for the project and for the year", async () => {
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Income statement" })
      .click();
    await heading(page, "Income statement").waitFor();
    expect(new URL(page.url()).searchParams.get("project")).toBe("P1");
    const result = page.locator("table.statement tfoot tr.result");
    // 10 000 of sales less 3 456.78 of material.
    await result.filter({ hasText: sv("6 543,22") }).waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    // 30 000 of sales less 3 456.78 + 8 000 + 10 000 of costs.
    await result.filter({ hasText: sv("8 543,22") }).waitFor();
    expect(await rowsOf("table.statement tfoot tr")).toEqual([["Result", sv("8 543,22")]]);
    const sales = await rowsOf("table.statement tbody tr:has(td.account)");
    expect(sales[0]).toEqual(["3041", "Försäljning tjänster 25 %", sv("30 000,00")]);
    expect(sales[1]).toEqual(["4010", "Inköp material", sv("-3 456,78")]);
    await screenshot(page, "ledger-06-income-statement");
  });

  it("shows the balance sheet, balanced by the year's result", async () => {
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Balance sheet" })
      .click();
    await heading(page, "Balance sheet").waitFor();
    const assets = page.getByRole("table", { name: "Assets" });
    const claims = page.getByRole("table", { name: "Equity and liabilities" });
    await assets.locator("tfoot tr").waitFor();
    // 25 000 owed by customers and 41 043.22 in the bank; 50 000 of share capital, 7 500 of VAT, 8 543.22 result.
    expect(await rowsOf('table:has(caption:text-is("Assets")) tfoot tr')).toEqual([
      ["Total assets", sv("66 043,22")],
    ]);
    expect(await rowsOf('table:has(caption:text-is("Equity and liabilities")) tfoot tr')).toEqual([
      ["Result of the period (not yet booked to equity)", sv("8 543,22")],
      ["Total equity and liabilities", sv("66 043,22")],
    ]);
    expect(
      (await claims.locator("tbody tr:has(td.account)").first().locator("td").allInnerTexts()).map((c) =>
        c.trim(),
      ),
    ).toEqual(["2081", "Aktiekapital", sv("50 000,00")]);
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "ledger-06b-balance-sheet");
  });

  it("draws the monthly result, with every month readable as text", async () => {
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Monthly result" })
      .click();
    await heading(page, "Monthly result").waitFor();
    await page.locator("table.report tbody tr").first().waitFor();
    const months = await rowsOf("table.report tbody tr");
    expect(months).toHaveLength(12);
    expect(months.slice(0, 5)).toEqual([
      ["jan. 2025", sv("2 000,00")],
      ["feb. 2025", "0,00"],
      ["mars 2025", sv("16 543,22")],
      ["apr. 2025", sv("-10 000,00")],
      ["maj 2025", "0,00"],
    ]);
    expect(await rowsOf("table.report tfoot tr")).toEqual([["Year", sv("8 543,22")]]);
    // January and March above the line, April below; months without vouchers have no bar.
    expect(await page.locator(".chart-bar.positive").count()).toBe(2);
    expect(await page.locator(".chart-bar.negative").count()).toBe(1);
    await screenshot(page, "ledger-07-monthly-result");
  });

  it("limits the trial balance to a period: earlier movements move into the opening balance", async () => {
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Trial balance" })
      .click();
    await heading(page, "Trial balance").waitFor();
    await fillByLabel(page, { From: "2025-12-01", To: "2025-01-31" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    expect(await visibleText(page.getByRole("alert"))).toBe("The period's start is after its end.");

    await fillByLabel(page, { From: "2025-03-01", To: "2025-12-31" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("from") === "2025-03-01" && !url.searchParams.has("to"),
    );
    await page.locator(".report-scope", { hasText: "1 mars 2025 – 31 dec. 2025" }).waitFor();
    await settled("Trial balance");
    const rows = await rowsOf("table.trial-balance tbody tr");
    // 1930: 50 000 − 8 000 + 12 500 before March; then − 3 456.78 − 10 000.
    expect(rows[1]).toEqual(["1930", "Företagskonto", sv("54 500,00"), sv("-13 456,78"), sv("41 043,22")]);
    expect(rows[0]).toEqual(["1510", "Kundfordringar", "0,00", sv("25 000,00"), sv("25 000,00")]);
    await screenshot(page, "ledger-07b-trial-balance-period");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => !url.searchParams.has("from"));
  });

  it("drills down from an account to its rows and to a voucher, and back", async () => {
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Trial balance" })
      .click();
    await heading(page, "Trial balance").waitFor();
    await page.getByRole("link", { name: "Transactions of account 1930 Företagskonto" }).click();
    await heading(page, "Account 1930 Företagskonto").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/ledger\/[0-9a-f-]{36}\/accounts\/1930$/);
    const balances = page.getByRole("definition");
    await balances.first().waitFor();
    expect((await balances.allInnerTexts()).map((t) => t.trim())).toEqual([
      sv("50 000,00"),
      sv("-8 956,78"),
      sv("41 043,22"),
    ]);
    expect(await rowsOf("table.transactions tbody tr")).toEqual([
      ["31 jan. 2025", "A 2", "Hyra januari", "", "", "", sv("8 000,00")],
      ["14 feb. 2025", "A 3", "Inbetalning 1001", "", "", sv("12 500,00"), ""],
      ["20 mars 2025", "A 5", "Material till Ängsbacken", "", "", "", sv("3 456,78")],
      ["25 apr. 2025", "A 6", "Löner april", "", "", "", sv("10 000,00")],
    ]);
    expect(
      await visibleText(page.getByRole("navigation", { name: /transactions/ }).getByRole("status")),
    ).toBe("1–4 of 4 · page 1 of 1");
    await screenshot(page, "ledger-08-account");

    await page.getByRole("link", { name: "Voucher A 5" }).click();
    await heading(page, "Voucher A 5").waitFor();
    await page.locator("table.voucher-rows tbody tr").first().waitFor();
    expect(await visibleText(fact("Text"))).toBe("Material till Ängsbacken");
    expect(await visibleText(fact("Date"))).toBe("20 mars 2025");
    expect(await rowsOf("table.voucher-rows tbody tr")).toEqual([
      ["4010", "Inköp material", "", "", "P1", sv("3 456,78"), ""],
      ["1930", "Företagskonto", "", "", "", "", sv("3 456,78")],
    ]);
    expect(await rowsOf("table.voucher-rows tfoot tr")).toEqual([["Total", sv("3 456,78"), sv("3 456,78")]]);
    // An uploaded file has no documents: the page says where they would come from.
    expect(await visibleText(page.locator("h2 + p.muted").last())).toContain(
      "This year came from an uploaded SIE file, which carries no documents.",
    );
    await screenshot(page, "ledger-09-voucher");

    // The voucher's URL can be bookmarked: a reload shows it again, and the back button returns.
    await page.reload();
    await heading(page, "Voucher A 5").waitFor();
    await page.goBack();
    await heading(page, "Account 1930 Företagskonto").waitFor();
  });

  it("asks before replacing a year that already has data, then replaces it", async () => {
    await openSection(page, "Ledger");
    await fileInput().setInputFiles(files.second);
    await summary("bokslut-2025-v2.se").waitFor();
    expect(await visibleText(fact("Vouchers"))).toBe("7");
    const notice = page.locator(".replace-notice strong");
    expect(await visibleText(notice)).toMatch(
      new RegExp(
        `^This replaces the fiscal year ${YEAR_2025} \\(uploaded file bokslut-2025\\.se, 6 vouchers, imported .+\\)\\.$`,
      ),
    );
    expect(await page.getByRole("button", { name: /^Import the fiscal year/ }).count()).toBe(0);
    await screenshot(page, "ledger-10-replace-confirmation");

    const sent = page.waitForRequest((r) => new URL(r.url()).pathname.endsWith("/ledger/sie"));
    await page.getByRole("button", { name: "Replace the fiscal year" }).click();
    const query = new URL((await sent).url()).searchParams;
    expect(query.get("replace")).toBe("true");
    expect(query.get("name")).toBe("bokslut-2025-v2.se");
    expect(await visibleText(page.locator("p.success"))).toContain(
      "7 vouchers, 17 rows, 8 accounts (the earlier data of this year was replaced).",
    );
    await page.locator(yearsTable, { hasText: "bokslut-2025-v2.se" }).waitFor();
    const rows = await rowsOf(yearsTable);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      [YEAR_2025, "SIE file", "bokslut-2025-v2.se", "7", "17"],
    ]);
    await screenshot(page, "ledger-11-replaced");
  });

  it("imports a real SIE file from another program, showing the upload's progress", async () => {
    // A slow line (40 kB/s up) so the 145 kB file takes a few seconds, as a big year does on a fast one.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const throttle = (uploadThroughput: number) =>
      cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput,
      });
    await throttle(40 * 1024);
    await fileInput().setInputFiles(REAL_SAMPLE);
    const progress = page.locator(".upload-progress");
    await progress
      .getByRole("status")
      .filter({ hasText: /uploading [1-9]\d* kB of 145 kB \(\d+\s%\)$/ })
      .waitFor();
    const bar = progress.getByRole("progressbar", { name: "Uploading transaktioner_ovnbolag.se" });
    const [value, max] = await bar.evaluate((p: HTMLProgressElement) => [p.value, p.max]);
    expect(value).toBeGreaterThan(0);
    expect(max).toBe(148_903);
    await screenshot(page, "ledger-12-upload-progress");
    await summary("transaktioner_ovnbolag.se").waitFor();
    await throttle(-1);
    expect(await visibleText(fact("Company"))).toBe("Övningsbolaget AB (Ekonomi 60) (5555555555)");
    expect(await visibleText(fact("Program"))).toBe("Avendo 5.20");
    expect(await visibleText(fact("Vouchers"))).toBe("163");
    expect(await visibleText(summary("transaktioner_ovnbolag.se").locator(".badge"))).toBe("No errors");

    // Once every byte is sent, the page says the server is still at work until it answers: the
    // server's real answer is held back (at the response stage, so the upload itself runs as usual).
    const held = new Promise<string>((resolve) => {
      cdp.on("Fetch.requestPaused", (e) => resolve(e.requestId));
    });
    await cdp.send("Fetch.enable", {
      patterns: [{ urlPattern: "*/ledger/sie?*", requestStage: "Response" }],
    });
    await page.getByRole("button", { name: "Import the fiscal year 1 jan. 2011 – 31 dec. 2011" }).click();
    const processing = "Importing transaktioner_ovnbolag.se: uploaded, the server is importing the vouchers…";
    await progress.getByRole("status").filter({ hasText: processing }).waitFor();
    await screenshot(page, "ledger-13-server-processing");
    await cdp.send("Fetch.continueRequest", { requestId: await held });
    await page.locator(yearsTable, { hasText: "transaktioner_ovnbolag.se" }).waitFor();
    await cdp.send("Fetch.disable");
    await cdp.detach();
    const rows = await rowsOf(yearsTable);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      [YEAR_2025, "SIE file", "bokslut-2025-v2.se", "7", "17"],
      ["1 jan. 2011 – 31 dec. 2011", "SIE file", "transaktioner_ovnbolag.se", "163", "671"],
    ]);

    await page.getByRole("link", { name: "1 jan. 2011 – 31 dec. 2011" }).click();
    await heading(page, "Trial balance").waitFor();
    const accountRow = (account: string) =>
      page.locator("table.trial-balance tbody tr", { has: page.locator("td.account", { hasText: account }) });
    const cash = accountRow("1910");
    await cash.waitFor();
    // #IB 0 1910 4220.75 and #UB 0 1910 1713.75 in the file.
    expect((await cash.locator("td").allInnerTexts()).map((c) => c.trim())).toEqual([
      "1910",
      "Kassa",
      sv("4 220,75"),
      sv("-2 507,00"),
      sv("1 713,75"),
    ]);
    expect(await visibleText(accountRow("2440").locator("td").nth(1))).toBe("Leverantörsskulder");
    // The file's own #IB rows sum to 1 151 678.15, not zero (a quirk of this sample): the page says so.
    expect(await visibleText(page.locator("p.warning"))).toContain(
      `The opening balances of the year sum to ${sv("1 151 678,15")} instead of 0,00`,
    );
    await screenshot(page, "ledger-14-real-file");

    // 1510 has 92 #TRANS rows in the file: two pages of 50, the page in the URL.
    await page.getByRole("link", { name: "Transactions of account 1510 Kundfordringar" }).click();
    await heading(page, "Account 1510 Kundfordringar").waitFor();
    const pages = page.getByRole("navigation", { name: /transactions/ }).getByRole("status");
    expect(await visibleText(pages)).toBe("1–50 of 92 · page 1 of 2");
    expect(await page.locator("table.transactions tbody tr").count()).toBe(50);
    await page.getByRole("button", { name: "Next page" }).click();
    await pages.filter({ hasText: "51–92 of 92 · page 2 of 2" }).waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    await page.locator('div.table-wrap[aria-busy="false"]').waitFor();
    expect(await page.locator("table.transactions tbody tr").count()).toBe(42);
    await page.goBack();
    await pages.filter({ hasText: "1–50 of 92 · page 1 of 2" }).waitFor();
  });

  it("shows every error of a broken file with its line, and leaves the year as it was", async () => {
    await openSection(page, "Ledger");
    await fileInput().setInputFiles(files.broken);
    await summary("bokslut-2025-trasig.se").waitFor();
    const lines = sieFile(UNBALANCED).toString("latin1").split("\r\n");
    const lineOf = (n: number) => lines.findIndex((l) => l.startsWith(`#VER "A" "${n}"`)) + 1;
    await page.locator(".diagnostics-errors tbody tr").first().waitFor();
    expect(await rowsOf(".diagnostics-errors tbody tr")).toEqual([
      [
        String(lineOf(1)),
        "Voucher A 1 does not balance: its #TRANS rows sum to 10.00 instead of 0.00.",
        "sie_unbalanced_voucher",
      ],
      [
        String(lineOf(2)),
        "Voucher A 2 does not balance: its #TRANS rows sum to 0.01 instead of 0.00.",
        "sie_unbalanced_voucher",
      ],
    ]);
    expect(await visibleText(page.getByRole("heading", { level: 3, name: /^Errors/ }))).toBe("Errors (2)");
    expect(await visibleText(page.getByRole("alert").filter({ hasText: "cannot be imported" }))).toContain(
      "The file has 2 errors, so it cannot be imported.",
    );
    expect(await page.getByRole("button", { name: /^(Import|Replace) the fiscal year/ }).count()).toBe(0);
    await screenshot(page, "ledger-15-broken-file");

    await page.reload();
    await heading(page, "Ledger").waitFor();
    await page.locator(yearsTable).first().waitFor();
    const rows = await rowsOf(yearsTable);
    expect(rows[0]?.slice(0, 5)).toEqual([YEAR_2025, "SIE file", "bokslut-2025-v2.se", "7", "17"]);
  });

  it("lets a member check a file but not import it, and shows a viewer the ledger without the upload", async () => {
    const session = (await (await page.request.get(`${server.url}/api/session`)).json()) as {
      csrfToken: string;
    };
    const join = async (role: "member" | "viewer") => {
      const added = await page.request.post(`${server.url}/api/companies/${companyId}/members`, {
        headers: { "x-csrf-token": session.csrfToken },
        data: { email: `${role}@example.se`, role },
      });
      const { invitation } = (await added.json()) as { invitation: { url: string } };
      const theirs = await openPage(browser);
      await theirs.page.goto(new URL(new URL(invitation.url).pathname, server.url).href);
      await fillByLabel(theirs.page, {
        "Your name": `Sven ${role}`,
        "Choose a password": "Ett-långt-lösenord-9",
      });
      await theirs.page.getByRole("button", { name: `Join ${COMPANY}` }).click();
      await heading(theirs.page, "Connections").waitFor();
      await theirs.page.goto(`${server.url}/c/${companyId}/ledger`);
      await heading(theirs.page, "Ledger").waitFor();
      await theirs.page.locator(yearsTable).nth(1).waitFor();
      return theirs;
    };

    const member = await join("member");
    await member.page.getByLabel("SIE file", { exact: true }).setInputFiles(files.first);
    await member.page.getByRole("region", { name: "Contents of bokslut-2025.se" }).waitFor();
    const note = member.page.getByText(
      "Only owners and administrators can import SIE files; you can check a file here.",
    );
    expect(await visibleText(note)).not.toBe("");
    expect(await member.page.getByRole("button", { name: /^(Import|Replace) the fiscal year/ }).count()).toBe(
      0,
    );
    await screenshot(member.page, "ledger-16-member");
    expect(member.errors).toEqual([]);
    await member.context.close();

    const viewer = await join("viewer");
    expect(await viewer.page.getByLabel("SIE file", { exact: true }).count()).toBe(0);
    expect(
      await visibleText(viewer.page.getByText("Only owners and administrators can import SIE files.")),
    ).not.toBe("");
    await viewer.page.getByRole("link", { name: YEAR_2025 }).click();
    await heading(viewer.page, "Trial balance").waitFor();
    await viewer.page.locator("table.trial-balance tbody tr").first().waitFor();
    await screenshot(viewer.page, "ledger-17-viewer-trial-balance");
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

describe("the ledger of the shared demo company (LEDGERBRIDGE_DEMO=1)", () => {
  let demoServer: RunningServer;
  let demo: Awaited<ReturnType<typeof openPage>>;

  beforeAll(async () => {
    demoServer = await startServer({ demo: true });
    demo = await openPage(browser);
  });

  afterAll(async () => {
    await demo?.context.close();
    await demoServer?.stop();
  });

  it("lists the years its Fortnox sandbox sync brings, and their trial balance balances", async () => {
    const admin = { name: "Demo Användare", email: "demo@example.se", password: "demo-lösenord" };
    await completeFirstRun(demo.page, demoServer.url, admin, "Demo Bygg i Malmö AB");
    await switcherButton(demo.page).click();
    await demo.page
      .getByRole("list", { name: "Companies" })
      .getByRole("link")
      .filter({ hasText: "Sandbox" })
      .click();
    await heading(demo.page, "Connections").waitFor();
    await openSection(demo.page, "Ledger");
    // The hub syncs the demo company's two years from its sandbox once at first start, in the background;
    // until that run ends the page says the ledger is empty, then shows the years without a reload.
    const years = demo.page.locator(yearsTable);
    await years.nth(1).waitFor({ timeout: 90_000 });
    const companyId = new URL(demo.page.url()).pathname.split("/")[2];
    const api = await demo.page.request.get(`${demoServer.url}/api/companies/${companyId}/fiscal-years`);
    const synced = (await api.json()) as Array<{ start: string; voucherCount: number; sourceName: string }>;
    const rows = await Promise.all(
      (await years.all()).map(async (r) => (await r.locator("th, td").allInnerTexts()).map((c) => c.trim())),
    );
    expect(rows.map((r) => r.slice(1, 4))).toEqual(
      synced.map((y) => ["Fortnox", y.sourceName, new Intl.NumberFormat("sv-SE").format(y.voucherCount)]),
    );
    await screenshot(demo.page, "ledger-demo-years");

    await years.first().getByRole("link").first().click();
    await heading(demo.page, "Trial balance").waitFor();
    const total = demo.page.locator("table.trial-balance tfoot tr");
    await total.waitFor();
    expect((await total.locator("th, td").allInnerTexts()).map((c) => c.trim())[0]).toBe("Total");
    expect((await total.locator("td").allInnerTexts()).map((c) => c.trim()).at(-1)).toBe("0,00");
    await screenshot(demo.page, "ledger-demo-trial-balance");
    expect(demo.errors).toEqual([]);
  });
});
