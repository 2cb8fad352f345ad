/**
 * The transfer log with entries in it: one server page at a time, paging, page size, filters, and the
 * way each entry reads. No flow writes the log yet, so the test records 120 entries through the store's
 * own `logTransfers` while the hub is stopped — as a sync run would — and then browses them.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logTransfers, type TransferEntryInput } from "../../src/store/repos/transferLog.js";
import { completeFirstRun, fillByLabel, openSection } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Lars Ångström", email: "lars.angstrom@example.se", password: "Långt-lösenord-3" };
const CONNECTION = "Fortnox – huvudbok";
const REJECTED = "Fortnox svarade: Kontot 1930 är inte aktivt för räkenskapsåret 2025.";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let companyId = "";

/** 120 entries: even are inbound, every third a supplier invoice, every tenth an error, every seventh skipped. */
function entries(connectionId: string): TransferEntryInput[] {
  return Array.from({ length: 120 }, (_, i) => {
    const status = i % 10 === 0 ? "error" : i % 7 === 0 ? "skipped" : "ok";
    return {
      companyId,
      connectionId,
      direction: i % 2 === 0 ? "inbound" : "outbound",
      entity: i % 3 === 0 ? "supplier_invoice" : "voucher",
      localId: `v-${i}`,
      externalId: `A${1000 + i}`,
      status,
      errorCode: status === "error" ? "upstream_rejected" : null,
      message: status === "error" ? REJECTED : null,
    } satisfies TransferEntryInput;
  });
}

const bodyRows = () => page.locator("table tbody tr");
const pageStatus = () =>
  page.getByRole("navigation", { name: "Pages of the transfer log" }).getByRole("status");

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page, errors: pageErrors } = await openPage(browser));
  companyId = await completeFirstRun(page, server.url, ADMIN, "Ångström Revision AB");
  await page.getByLabel("System", { exact: true }).selectOption({ label: "Fortnox" });
  await fillByLabel(page, { "Display name": CONNECTION });
  await page.getByRole("button", { name: "Add connection" }).click();
  await page.getByRole("row").filter({ hasText: CONNECTION }).waitFor();
  const listed = await context.request.get(`${server.url}/api/companies/${companyId}/connections`);
  const [connection] = (await listed.json()) as Array<{ id: string }>;
  await server.writeStore((db) => logTransfers(db, entries(connection?.id ?? "")));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the transfer log with entries", () => {
  it("shows the first page of 50, and pages through all 120", async () => {
    await page.reload();
    await openSection(page, "Transfer log");
    expect(await visibleText(pageStatus())).toBe("1–50 of 120 · page 1 of 3");
    expect(await bodyRows().count()).toBe(50);
    const headers = await page.locator("table thead th").allInnerTexts();
    expect(headers).toEqual([
      "Time",
      "Connection",
      "Direction",
      "Entity",
      "Our id",
      "Their id",
      "Status",
      "Message",
    ]);
    expect(await page.getByRole("button", { name: "Previous page" }).isDisabled()).toBe(true);
    await screenshot(page, "20-transfer-log-page-1");

    await page.getByRole("button", { name: "Next page" }).click();
    await pageStatus().filter({ hasText: "51–100 of 120 · page 2 of 3" }).waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    await page.getByRole("button", { name: "Next page" }).click();
    await pageStatus().filter({ hasText: "101–120 of 120 · page 3 of 3" }).waitFor();
    expect(await bodyRows().count()).toBe(20);
    expect(await page.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);

    // The browser's back button walks the pages back: the page is in the URL.
    await page.goBack();
    await pageStatus().filter({ hasText: "51–100 of 120 · page 2 of 3" }).waitFor();

    await page.getByLabel("Rows per page", { exact: true }).selectOption("100");
    await pageStatus().filter({ hasText: "1–100 of 120 · page 1 of 2" }).waitFor();
    expect(await bodyRows().count()).toBe(100);
  });

  it("filters to the errors, each with the system's own message", async () => {
    await page.getByLabel("Status", { exact: true }).selectOption("error");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await pageStatus().filter({ hasText: "1–12 of 12 · page 1 of 1" }).waitFor();
    expect(await bodyRows().count()).toBe(12);
    const first = (await bodyRows().first().getByRole("cell").allInnerTexts()).map((c) => c.trim());
    expect(first[1]).toBe(CONNECTION);
    expect(first[6]).toBe("Error");
    expect(first[7]).toBe(`${REJECTED}\nupstream_rejected`);
    // Instants in the chosen format (sv-SE by default).
    expect(first[0]).toMatch(/^\d{1,2} [a-zåäö]+\.? \d{4} \d{2}:\d{2}$/);
    const statuses = await page.locator("table tbody tr td:nth-child(7)").allInnerTexts();
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(["Error"]));
    await screenshot(page, "21-transfer-log-errors");
  });

  it("combines filters: received vouchers", async () => {
    await page.getByRole("button", { name: "Clear filters" }).click();
    await pageStatus().filter({ hasText: "of 120" }).waitFor();
    await page.getByLabel("Direction", { exact: true }).selectOption("inbound");
    await fillByLabel(page, { Entity: "voucher" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    // Even numbers below 120 that are not multiples of 3: 60 − 20.
    await pageStatus().filter({ hasText: "1–40 of 40 · page 1 of 1" }).waitFor();
    const directions = await page.locator("table tbody tr td:nth-child(3)").allInnerTexts();
    const kinds = await page.locator("table tbody tr td:nth-child(4)").allInnerTexts();
    expect(directions).toHaveLength(40);
    expect(new Set(directions.map((d) => d.trim()))).toEqual(new Set(["Received"]));
    expect(new Set(kinds.map((k) => k.trim()))).toEqual(new Set(["voucher"]));
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
