/**
 * Issue 5's whole flow in one go, as a consultant does it in the browser: an activation link, Fortnox's
 * login and consent (the sandbox's own pages), a sync of two fiscal years, the trial balance, the
 * drill-down from an account to a voucher, and the voucher's document opened in a new tab — fetched
 * from Fortnox at that moment, since this hub copies files only when they are opened.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeFirstRun, heading, openSection } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Sara Lind", email: "sara@example.se", password: "ett-långt-lösenord" };
const COMPANY = "Österlen Bygg AB";

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await startServer({ demo: true, env: { LEDGERBRIDGE_DOCUMENTS: "on-open" } });
  browser = await launchBrowser();
  ({ page, errors: pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fact of the voucher page by its label. */
const fact = (name: string) =>
  page.locator(
    `xpath=//dl[contains(@class,"facts")]/dt[normalize-space()="${name}"]/following-sibling::dd[1]`,
  );
const fortnoxCard = () => page.getByRole("region", { name: /^Fortnox/ });
const cellsOf = async (row: ReturnType<Page["locator"]>) =>
  (await row.locator("th, td").allInnerTexts()).map((c) => c.trim());

describe("from an activation link to a voucher's document (issue 5) in the browser", () => {
  it("connects Fortnox through an activation link and the consent pages", async () => {
    await completeFirstRun(page, server.url, ADMIN, COMPANY);
    await page.getByRole("button", { name: "Activate Fortnox" }).click();
    await page.getByRole("button", { name: "Create activation link" }).click();
    const link = await page.getByLabel("Activation link", { exact: true }).inputValue();
    await screenshot(page, "flow-01-activation-link");

    await page.goto(link);
    await heading(page, `Connect Fortnox to ${COMPANY}`).waitFor();
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.getByLabel("Användarnamn").fill("admin");
    await page.getByLabel("Lösenord").fill("demo");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("group", { name: "Välj företag" }).getByRole("radio").first().check();
    await screenshot(page, "flow-02-consent");
    await page.getByRole("button", { name: "Godkänn & aktivera" }).click();
    await heading(page, `Fortnox is connected to ${COMPANY}`).waitFor();

    await page.getByRole("link", { name: `Open the connections of ${COMPANY}` }).click();
    await heading(page, "Connections").waitFor();
    expect(await visibleText(fortnoxCard().locator(".card-head > .badge"))).toBe("Active");
  });

  it("syncs the last two fiscal years", async () => {
    await fortnoxCard().getByRole("button", { name: "Sync the last two fiscal years" }).click();
    const succeeded = fortnoxCard().getByRole("row").filter({ hasText: "Succeeded" });
    await succeeded.waitFor({ timeout: 90_000 });
    await screenshot(page, "flow-03-synced");

    await openSection(page, "Ledger");
    const years = page.locator("table.fiscal-years tbody tr");
    await years.first().waitFor();
    expect(await years.count()).toBe(2);
    for (const row of await years.all()) expect((await cellsOf(row))[1]).toBe("Fortnox");
  });

  it("shows the trial balance of the latest year, balancing to zero", async () => {
    await page.locator("table.fiscal-years tbody tr").first().locator("th a").click();
    await heading(page, "Trial balance").waitFor();
    const rows = page.locator("table.trial-balance tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    // The closing balances of all accounts of a whole year (result accounts included) sum to zero.
    const total = await page.locator("table.trial-balance tfoot tr").last().locator("td").allInnerTexts();
    expect(total.map((t) => t.trim().replace(/[\s\u00a0\u2212-]/g, "")).at(-1)).toBe("0,00");
    await screenshot(page, "flow-04-trial-balance");
  });

  it("drills down from the supplier debts account to a supplier invoice's voucher", async () => {
    await page.getByRole("link", { name: "Transactions of account 2440 Leverantörsskulder" }).click();
    await heading(page, "Account 2440 Leverantörsskulder").waitFor();
    await page.locator("table.transactions tbody tr").first().waitFor();
    await screenshot(page, "flow-05-account-2440");
    await page.getByRole("link", { name: "Voucher D 1", exact: true }).click();
    await heading(page, "Voucher D 1").waitFor();
    await page.locator("table.voucher-rows tbody tr").first().waitFor();
    expect(await visibleText(fact("Text"))).toMatch(/^Leverantörsfaktura \d+$/);
    // The series by its name in Fortnox, which the SIE export does not carry.
    expect(await visibleText(fact("Series"))).toBe("D — Leverantörsfakturor");
  });

  it("opens the voucher's document in a new tab, fetched from Fortnox when it is opened", async () => {
    const docs = page.locator("table.documents tbody tr");
    await docs.first().waitFor();
    expect(await docs.count()).toBe(1);
    const before = await cellsOf(docs.first());
    const name = before[0] ?? "";
    expect(name).toMatch(/^Faktura \d+ .+\.pdf$/);
    expect(before[1]).toMatch(/^The voucher, supplier invoice \d+$/);
    expect(before[3]).toBe("Not here yet — opening it fetches it");
    await screenshot(page, "flow-06-voucher-with-document");

    const popup = page.waitForEvent("popup");
    // The page's own request for the file (the tab then shows it; Chromium wraps a PDF in its viewer).
    const served = page.waitForResponse(
      (r) => /\/documents\/[^/]+\/content$/.test(r.url()) && r.request().resourceType() === "fetch",
    );
    await docs.first().getByRole("button", { name }).click();
    const answer = await served;
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toBe("application/pdf");
    expect((await answer.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const tab = await popup;
    await tab.waitForURL(/\/documents\/[^/]+\/content$/);
    await tab.close();

    // Now it is here: the list says so and the name is a plain link to the file.
    await docs.first().locator("td").nth(3).getByText("Here", { exact: true }).waitFor();
    const after = await cellsOf(docs.first());
    expect(after[2]).toMatch(/^\d+ (B|kB)$/);
    expect(await docs.first().getByRole("link", { name }).getAttribute("target")).toBe("_blank");
    await screenshot(page, "flow-07-document-fetched");
    expect(pageErrors).toEqual([]);
  });
});
