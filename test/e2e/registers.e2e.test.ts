/**
 * Issue 5's per-year sync, the overwrite question and the suppliers & customers registers, in a real
 * browser against the real hub in demo mode (its Fortnox is the bundled sandbox, which has three fiscal
 * years: the current one and the two before; the hub syncs the last two at first start).
 *
 * The steps share one page and build on each other: the demo company's years with "Sync" and "Fetch
 * data", fetching the oldest, an uploaded SIE file over one of Fortnox's years and the question that
 * sync asks about it (cancel, keep, overwrite), then the registers (empty, the sandbox's, paged).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate, money } from "../../src/core/index.js";
import { sieToBuffer } from "../../src/sie/index.js";
import { createConnection } from "../../src/store/repos/connections.js";
import { upsertParties } from "../../src/store/repos/parties.js";
import { completeFirstRun, heading, openSection, switcherButton } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Linnea Qvist", email: "linnea@example.se", password: "räkenskapsår-2026" };
const OWN_COMPANY = "Qvist Måleri AB";
const UPLOADED = "bokslut-från-byrån.se";
/** The sandbox's years are calendar years ending with the current one. */
const THIS_YEAR = new Date().getUTCFullYear();
const [NEWEST, MIDDLE, OLDEST] = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2];
/** How the app writes a calendar fiscal year in its default locale (sv-SE). */
const period = (y: number) => `1 jan. ${y} – 31 dec. ${y}`;
const YEARS_TABLE = "Fiscal years in Fortnox and in the ledger";
const REGISTERS = "Suppliers & customers";

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let ownCompanyId = "";
let demoCompanyId = "";
let sieFile = "";
/** POST …/sync requests the page sent, with their bodies. */
const syncRequests: unknown[] = [];

/** A small year of the middle year's ledger, as an accounting firm would export it from its program. */
function uploadedYear(): Buffer {
  return sieToBuffer({
    program: { name: "Byråns program", version: "1" },
    generated: { date: localDate(`${MIDDLE}-12-31`) },
    company: { name: "Fjällbackens Snickeri & Bygg AB" },
    fiscalYears: [{ index: 0, start: localDate(`${MIDDLE}-01-01`), end: localDate(`${MIDDLE}-12-31`) }],
    accounts: [
      { number: "1930", name: "Företagskonto", type: "asset" },
      { number: "3001", name: "Försäljning", type: "income" },
    ],
    vouchers: [
      {
        series: "A",
        number: "1",
        date: localDate(`${MIDDLE}-03-01`),
        text: "Enda verifikationen",
        rows: [
          { account: "1930", amount: money(125_000n), objects: [] },
          { account: "3001", amount: money(-125_000n), objects: [] },
        ],
      },
    ],
  });
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "ledgerbridge-e2e-registers-"));
  sieFile = join(dir, UPLOADED);
  await writeFile(sieFile, uploadedYear());
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  ({ page, errors: pageErrors } = await openPage(browser));
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/sync")) syncRequests.push(r.postDataJSON());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const card = () => page.getByRole("region", { name: /^Fortnox sandbox/ });
const yearsTable = () => card().getByRole("table", { name: YEARS_TABLE });
const yearRow = (y: number) =>
  yearsTable()
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: period(y), exact: true }) });
const cellsOf = async (row: Locator) => (await row.locator("th, td").allInnerTexts()).map((c) => c.trim());
const finishedRuns = () => card().getByRole("table", { name: "Finished syncs" }).locator("tbody tr");
const succeeded = () => finishedRuns().filter({ hasText: "Succeeded" });
/** The answer to a start, as the card says it (exactly this text, not an earlier answer's). */
const started = (text: string) => card().getByRole("status").filter({ hasText: text }).waitFor();
const dialog = () => page.getByRole("dialog", { name: "Overwrite the uploaded file with Fortnox's data?" });

/** A finished run's figures, by column name (the run table's columns, after Started and State). */
async function runFigures(row: Locator): Promise<Record<string, number>> {
  const cells = await cellsOf(row);
  const names = ["Years imported", "Unchanged", "Kept (uploaded)", "Vouchers", "Rows"];
  return Object.fromEntries(names.map((n, i) => [n, Number((cells[i + 2] ?? "").replace(/\D/g, ""))]));
}

/** Waits until the n-th successful run is listed, and returns the newest run's row (runs are newest first). */
async function newestRunAfter(successes: number): Promise<Locator> {
  await succeeded()
    .nth(successes - 1)
    .waitFor({ timeout: 60_000 });
  await card().locator(".run-progress").waitFor({ state: "detached", timeout: 60_000 });
  return finishedRuns().first();
}

describe("fiscal years by the year, the overwrite question, and the registers (issue 5)", () => {
  it("says how to get suppliers and customers into a company that has none", async () => {
    ownCompanyId = await completeFirstRun(page, server.url, ADMIN, OWN_COMPANY);
    await openSection(page, REGISTERS);
    expect(await page.getByRole("tab", { name: "Suppliers" }).getAttribute("aria-selected")).toBe("true");
    const empty = page.getByRole("tabpanel").locator(".empty");
    expect(await visibleText(empty.locator(".empty-title"))).toBe("No suppliers yet.");
    expect(await visibleText(empty.locator("p").nth(1))).toBe(
      "The suppliers come from Fortnox: connect Fortnox and sync it on the Connections page. An uploaded SIE file has no suppliers.",
    );
    await page.getByRole("tab", { name: "Customers" }).click();
    await page.waitForURL((u) => u.searchParams.get("kind") === "customer");
    expect(await visibleText(empty.locator(".empty-title"))).toBe("No customers yet.");
    await screenshot(page, "registers-01-empty");
    await empty.getByRole("link", { name: "the Connections page" }).click();
    await heading(page, "Connections").waitFor();
  });

  it("lists the demo company's Fortnox years: Sync for the two synced, Fetch data for the oldest", async () => {
    await switcherButton(page).click();
    await page
      .getByRole("list", { name: "Companies" })
      .getByRole("link")
      .filter({ hasText: "Sandbox" })
      .click();
    await heading(page, "Connections").waitFor();
    demoCompanyId = new URL(page.url()).pathname.split("/")[2] ?? "";
    expect(await visibleText(card().getByRole("heading", { level: 2 }))).toBe("Fortnox sandbox Sandbox");
    // The hub syncs the last two years at first start; the page shows it finishing.
    await newestRunAfter(1);
    await yearRow(MIDDLE)
      .getByRole("button", { name: `Sync for ${period(MIDDLE)}` })
      .waitFor();

    const rows = await yearsTable().locator("tbody tr").all();
    expect(rows).toHaveLength(3);
    const [newest, middle, oldest] = await Promise.all(rows.map(cellsOf));
    expect(newest?.[0]).toBe(period(NEWEST));
    expect(newest?.[1]).toMatch(/^Fortnox synced \d/);
    expect(newest?.[3]).toBe("Sync");
    expect(middle?.[0]).toBe(period(MIDDLE));
    expect(middle?.[1]).toMatch(/^Fortnox synced \d/);
    expect(middle?.[3]).toBe("Sync");
    expect(oldest).toEqual([period(OLDEST), "Not fetched yet", "—", "Fetch data"]);
    // The year text box is gone: a year is chosen from Fortnox's own list.
    expect(await card().getByRole("spinbutton").count()).toBe(0);
    expect(await card().getByRole("checkbox").count()).toBe(0);
    await screenshot(page, "registers-02-fortnox-years");
  });

  it("fetches the oldest year with its own button, and then offers to sync it", async () => {
    await yearRow(OLDEST)
      .getByRole("button", { name: `Fetch data for ${period(OLDEST)}` })
      .click();
    await started(`Sync of the fiscal year starting in ${OLDEST} started. Its progress is shown below.`);
    expect(syncRequests.at(-1)).toEqual({ year: OLDEST });
    const run = await newestRunAfter(2);
    const figures = await runFigures(run);
    expect(figures["Years imported"]).toBe(1);
    expect(figures.Vouchers).toBeGreaterThan(0);
    // The row now reads what the ledger has, from the ledger's own answer.
    await yearRow(OLDEST)
      .getByRole("button", { name: `Sync for ${period(OLDEST)}` })
      .waitFor();
    const oldest = await cellsOf(yearRow(OLDEST));
    expect(oldest[1]).toMatch(/^Fortnox synced \d/);
    expect(Number((oldest[2] ?? "").replace(/\D/g, ""))).toBe(figures.Vouchers);

    await openSection(page, "Ledger");
    const ledgerYears = page.locator("table.fiscal-years tbody tr th");
    await ledgerYears.nth(2).waitFor();
    expect((await ledgerYears.allInnerTexts()).map((t) => t.trim())).toEqual([
      period(NEWEST),
      period(MIDDLE),
      period(OLDEST),
    ]);
    await screenshot(page, "registers-03-oldest-fetched");
  });

  it("replaces one of Fortnox's years with an uploaded SIE file on the Ledger page", async () => {
    await page.getByLabel("SIE file", { exact: true }).setInputFiles(sieFile);
    await page.getByRole("region", { name: `Contents of ${UPLOADED}` }).waitFor();
    await page.getByRole("button", { name: "Replace the fiscal year" }).click();
    expect(await visibleText(page.locator("p.success"))).toContain(
      `Imported the fiscal year ${period(MIDDLE)} from ${UPLOADED}: 1 vouchers`,
    );
    await openSection(page, "Connections");
    await yearRow(MIDDLE).getByText(UPLOADED).waitFor();
    expect(await cellsOf(yearRow(MIDDLE))).toEqual([
      period(MIDDLE),
      `Uploaded SIE file ${UPLOADED}`,
      "1",
      "Sync",
    ]);
  });

  it("asks before syncing the uploaded year; Cancel starts nothing", async () => {
    const sent = syncRequests.length;
    await yearRow(MIDDLE)
      .getByRole("button", { name: `Sync for ${period(MIDDLE)}` })
      .click();
    await dialog().waitFor();
    const text = await visibleText(dialog());
    expect(text).toContain(`${period(MIDDLE)} — uploaded file ${UPLOADED}, 1 voucher, imported`);
    expect(await dialog().getByRole("button").allInnerTexts()).toEqual([
      "Keep the uploaded file",
      "Overwrite with Fortnox data",
      "Cancel",
    ]);
    // Modal: the safe answer has the focus, and the page behind cannot be clicked.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep the uploaded file");
    await screenshot(page, "registers-04-overwrite-question");
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await dialog().waitFor({ state: "detached" });
    expect(syncRequests.length).toBe(sent);
    expect(await succeeded().count()).toBe(2);

    // Escape is a cancel too.
    await yearRow(MIDDLE)
      .getByRole("button", { name: `Sync for ${period(MIDDLE)}` })
      .click();
    await dialog().waitFor();
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    expect(syncRequests.length).toBe(sent);
  });

  it("keeps the uploaded file when asked to: the year is skipped, and the transfer log says so", async () => {
    await yearRow(MIDDLE)
      .getByRole("button", { name: `Sync for ${period(MIDDLE)}` })
      .click();
    await dialog().getByRole("button", { name: "Keep the uploaded file" }).click();
    await dialog().waitFor({ state: "detached" });
    await started(
      `Sync of the fiscal year starting in ${MIDDLE} started, keeping the uploaded file. Its progress is shown below.`,
    );
    expect(syncRequests.at(-1)).toEqual({ year: MIDDLE, overwriteUploaded: false });
    const run = await newestRunAfter(3);
    const figures = await runFigures(run);
    expect(figures["Kept (uploaded)"]).toBe(1);
    expect(figures["Years imported"]).toBe(0);
    expect(await cellsOf(yearRow(MIDDLE))).toEqual([
      period(MIDDLE),
      `Uploaded SIE file ${UPLOADED}`,
      "1",
      "Sync",
    ]);
    await screenshot(page, "registers-05-kept");

    await run.getByRole("link", { name: /^Transfer log of the sync started / }).click();
    await heading(page, "Transfer log").waitFor();
    const year = page.getByRole("table").getByRole("row").filter({ hasText: "fiscal_year" });
    await year.first().waitFor();
    expect(await year.count()).toBe(1);
    const logged = await visibleText(year.first());
    expect(logged).toContain("Skipped");
    expect(logged).toContain(`${MIDDLE}-01-01 – ${MIDDLE}-12-31 kept from the uploaded file ${UPLOADED}`);
    await openSection(page, "Connections");
  });

  it("asks again for the last two years, and overwrites the uploaded file when told to", async () => {
    await yearsTable().waitFor();
    await card().getByRole("button", { name: "Sync the last two fiscal years" }).click();
    await dialog().waitFor();
    // Only the uploaded one of the two years is named.
    expect(await dialog().getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringContaining(`${period(MIDDLE)} — uploaded file ${UPLOADED}`),
    ]);
    await dialog().getByRole("button", { name: "Overwrite with Fortnox data" }).click();
    await dialog().waitFor({ state: "detached" });
    await started(
      "Sync of the last two fiscal years started, overwriting the uploaded file with Fortnox's data. Its progress is shown below.",
    );
    expect(syncRequests.at(-1)).toEqual({ years: 2, overwriteUploaded: true });
    const run = await newestRunAfter(4);
    const figures = await runFigures(run);
    expect(figures["Kept (uploaded)"]).toBe(0);
    expect(figures["Years imported"]).toBeGreaterThanOrEqual(1);
    await yearRow(MIDDLE).getByText(UPLOADED).waitFor({ state: "detached" });
    expect((await cellsOf(yearRow(MIDDLE)))[1]).toMatch(/^Fortnox synced \d/);
    await screenshot(page, "registers-06-overwritten");

    await run.getByRole("link", { name: /^Transfer log of the sync started / }).click();
    await heading(page, "Transfer log").waitFor();
    const replaced = page.getByRole("row").filter({ hasText: "(replaced the uploaded file, as asked)" });
    expect(await visibleText(replaced)).toContain(`${MIDDLE}-01-01 – ${MIDDLE}-12-31`);
  });

  it("lists the sandbox's suppliers and customers, as the API has them, labelled as demo data", async () => {
    await openSection(page, REGISTERS);
    expect(await visibleText(page.locator("p", { hasText: "Demo company." }))).toContain(
      "come from the Fortnox sandbox",
    );
    expect(await visibleText(page.getByRole("region", { name: "Sandbox notice" }))).toContain(
      "Sandbox / demo data",
    );
    for (const [tab, kind] of [
      ["Suppliers", "supplier"],
      ["Customers", "customer"],
    ] as const) {
      await page.getByRole("tab", { name: tab }).click();
      const api = await page.request.get(
        `${server.url}/api/companies/${demoCompanyId}/parties?kind=${kind}&pageSize=25`,
      );
      const expected = (await api.json()) as {
        total: number;
        items: Array<{ number: string; name: string; orgNumber: string | null; active: boolean }>;
      };
      expect(expected.total).toBeGreaterThan(0);
      const status = page
        .getByRole("navigation", { name: `Pages of the ${tab.toLowerCase()}` })
        .getByRole("status");
      const n = expected.items.length;
      await status.filter({ hasText: `1–${n} of ${expected.total} ·` }).waitFor();
      const table = page.getByRole("table", { name: tab });
      const headers = (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
      expect(headers).toEqual(["Number", "Name", "Org. number", "Active"]);
      const rows = await Promise.all((await table.locator("tbody tr").all()).map(cellsOf));
      expect(rows).toEqual(
        expected.items.map((p) => [p.number, p.name, p.orgNumber || "—", p.active ? "Active" : "Inactive"]),
      );
    }
    expect(new URL(page.url()).searchParams.get("kind")).toBe("customer");
    await screenshot(page, "registers-07-demo-customers");
    // The arrow keys move between the tabs.
    await page.getByRole("tab", { name: "Customers" }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL((u) => !u.searchParams.has("kind"));
    expect(await page.getByRole("tab", { name: "Suppliers" }).getAttribute("aria-selected")).toBe("true");
  });

  it("pages a long register on the server, with the page in the URL", async () => {
    // 60 suppliers, as a sync of a former Fortnox connection left them (every seventh inactive).
    await server.writeStore(async (db) => {
      const c = await createConnection(db, {
        companyId: ownCompanyId,
        system: "fortnox",
        displayName: "Fortnox (earlier)",
        state: "disconnected",
      });
      const suppliers = Array.from({ length: 60 }, (_, i) => ({
        externalId: String(i + 1),
        number: `L${String(i + 1).padStart(3, "0")}`,
        name: `Leverantör ${i + 1} Åkeri AB`,
        ...(i % 2 === 0 ? { orgNumber: `556${String(100000 + i)}-0001` } : {}),
        active: (i + 1) % 7 !== 0,
      }));
      await upsertParties(db, { companyId: ownCompanyId, connectionId: c.id }, "supplier", suppliers);
    });
    await page.goto(`${server.url}/c/${ownCompanyId}/registers`);
    await heading(page, REGISTERS).waitFor();
    const pager = page.getByRole("navigation", { name: "Pages of the suppliers" });
    const table = page.getByRole("table", { name: "Suppliers" });
    expect(await visibleText(pager.getByRole("status"))).toBe("1–25 of 60 · page 1 of 3");
    expect(await table.locator("tbody tr").count()).toBe(25);
    expect(await cellsOf(table.locator("tbody tr").first())).toEqual([
      "L001",
      "Leverantör 1 Åkeri AB",
      "556100000-0001",
      "Active",
    ]);
    expect(await cellsOf(table.locator("tbody tr").nth(6))).toEqual([
      "L007",
      "Leverantör 7 Åkeri AB",
      "556100006-0001",
      "Inactive",
    ]);
    expect(await cellsOf(table.locator("tbody tr").nth(1))).toEqual([
      "L002",
      "Leverantör 2 Åkeri AB",
      "—",
      "Active",
    ]);

    await pager.getByRole("button", { name: "Next page" }).click();
    await pager.getByRole("status").filter({ hasText: "26–50 of 60 · page 2 of 3" }).waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    expect((await cellsOf(table.locator("tbody tr").first()))[0]).toBe("L026");
    await screenshot(page, "registers-08-page-2");

    await pager.getByRole("button", { name: "Next page" }).click();
    await pager.getByRole("status").filter({ hasText: "51–60 of 60 · page 3 of 3" }).waitFor();
    expect(await table.locator("tbody tr").count()).toBe(10);
    expect(await pager.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);

    await page.goBack();
    await pager.getByRole("status").filter({ hasText: "26–50 of 60 · page 2 of 3" }).waitFor();
    await pager.getByLabel("Rows per page").selectOption("100");
    await pager.getByRole("status").filter({ hasText: "1–60 of 60 · page 1 of 1" }).waitFor();
    expect(new URL(page.url()).searchParams.get("pageSize")).toBe("100");
    expect(await table.locator("tbody tr").count()).toBe(60);
    expect(await table.getByText("Inactive").count()).toBe(8);

    // Customers of this company: still none, and the page says how to get them.
    await page.getByRole("tab", { name: "Customers" }).click();
    expect(await visibleText(page.getByRole("tabpanel").locator(".empty-title"))).toBe("No customers yet.");
    expect(pageErrors).toEqual([]);
  });

  it("finds suppliers by part of their name or organisation number, with the search in the URL", async () => {
    await page.getByRole("tab", { name: "Suppliers" }).click();
    const pager = page.getByRole("navigation", { name: "Pages of the suppliers" });
    const table = page.getByRole("table", { name: "Suppliers" });
    await page.getByLabel("Search suppliers").fill("7 åkeri");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await pager.getByRole("status").filter({ hasText: "1–6 of 6 · page 1 of 1" }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("7 åkeri");
    const numbers = await Promise.all(
      (await table.locator("tbody tr").all()).map(async (r) => (await cellsOf(r))[0]),
    );
    expect(numbers).toEqual(["L007", "L017", "L027", "L037", "L047", "L057"]);
    await screenshot(page, "registers-09-search");

    await page.getByLabel("Search suppliers").fill("556100006");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await pager.getByRole("status").filter({ hasText: "1–1 of 1 · page 1 of 1" }).waitFor();
    expect((await cellsOf(table.locator("tbody tr").first()))[1]).toBe("Leverantör 7 Åkeri AB");

    await page.getByLabel("Search suppliers").fill("Zebra");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByRole("tabpanel").getByText("No suppliers match “Zebra”.").waitFor();

    // An empty search shows them all again.
    await page.getByLabel("Search suppliers").fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await pager.getByRole("status").filter({ hasText: "of 60 ·" }).waitFor();
    expect(new URL(page.url()).searchParams.has("q")).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
