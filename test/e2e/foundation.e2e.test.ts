/**
 * Issue 2 in a real browser against the real server: first run, connections, log out and in, a second
 * company, the company switcher (by mouse and by keyboard), and the transfer log with its filters.
 * The steps share one browser page and build on each other, as a user's session would.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COMPANY_URL,
  companyIdOf,
  fillByLabel,
  heading as headingOf,
  openSection,
  switcherButton as switcherOf,
} from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Anna Lindqvist", email: "anna.lindqvist@example.se", password: "Rätt-lösenord-42" };
const FIRST_COMPANY = "Åkerlund & Söner AB";
const SECOND_COMPANY = "Norrsken Konsult AB";
const CONNECTION = "Fortnox – huvudbok";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
const ids = { first: "", second: "" };

const heading = (name: string) => headingOf(page, name);
const switcherButton = () => switcherOf(page);
const row = (text: string) => page.getByRole("row").filter({ hasText: text });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page, errors: pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("foundation (issue 2) in the browser", () => {
  it("first run offers to create the first administrator and company", async () => {
    const health = page.waitForResponse((r) => new URL(r.url()).pathname === "/health");
    await page.goto(`${server.url}/`);
    expect((await health).status()).toBe(200);
    await heading("Set up Ledgerbridge").waitFor();
    // LEDGERBRIDGE_DEMO=0: no sandbox banner.
    expect(await page.getByRole("region", { name: "Sandbox notice" }).count()).toBe(0);
    await fillByLabel(page, {
      "Your name": ADMIN.name,
      "E-mail": ADMIN.email,
      Password: ADMIN.password,
      "Company name": FIRST_COMPANY,
    });
    await screenshot(page, "01-first-run-setup");
    await page.getByRole("button", { name: "Create administrator and company" }).click();

    await heading("Connections").waitFor();
    ids.first = companyIdOf(page);
    expect(ids.first).not.toBe("");
    expect(await visibleText(switcherButton())).toContain(FIRST_COMPANY);
    expect(await page.title()).toBe(`Connections – ${FIRST_COMPANY} – Ledgerbridge`);
    expect(await visibleText(page.getByText("No connections yet."))).toBe("No connections yet.");
  });

  it("adds connections, shown with their state, and disconnects one", async () => {
    await page.getByLabel("System", { exact: true }).selectOption({ label: "Fortnox" });
    await fillByLabel(page, { "Display name": CONNECTION });
    await page.getByRole("button", { name: "Add connection" }).click();
    await row(CONNECTION).waitFor();
    const cells = (await row(CONNECTION).getByRole("cell").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 5)).toEqual([CONNECTION, "Fortnox", "Pending", "Never", "—"]);

    // Disconnecting takes two steps, so one stray click cannot do it.
    await page.getByLabel("System", { exact: true }).selectOption({ label: "SIE 4 file" });
    await fillByLabel(page, { "Display name": "SIE-import 2025" });
    await page.getByRole("button", { name: "Add connection" }).click();
    const sie = row("SIE-import 2025");
    await sie.getByRole("button", { name: "Disconnect SIE-import 2025" }).click();
    await sie.getByRole("button", { name: "Yes, disconnect SIE-import 2025" }).click();
    await sie.getByText("Disconnected", { exact: true }).waitFor();
    expect(await sie.getByRole("button").count()).toBe(0);
    expect(await visibleText(row(CONNECTION))).toContain("Pending");
    await screenshot(page, "02-connections");
  });

  it("logs out and logs back in, landing in the same company", async () => {
    await page.getByRole("button", { name: "Log out" }).click();
    await heading("Log in").waitFor();
    expect(await switcherButton().count()).toBe(0);
    await screenshot(page, "03-logged-out");

    await fillByLabel(page, { "E-mail": ADMIN.email, Password: "fel lösenord" });
    await page.getByRole("button", { name: "Log in" }).click();
    expect(await visibleText(page.getByRole("alert"))).not.toBe("");
    await heading("Log in").waitFor();
    await screenshot(page, "04-login-refused");

    await fillByLabel(page, { Password: ADMIN.password });
    await page.getByRole("button", { name: "Log in" }).click();
    await heading("Connections").waitFor();
    expect(page.url()).toBe(`${server.url}/c/${ids.first}/connections`);
    expect(await visibleText(switcherButton())).toContain(FIRST_COMPANY);

    // A reload keeps the session (cookie) and the page (the server's single-page fallback).
    await page.reload();
    await heading("Connections").waitFor();
    expect(await visibleText(switcherButton())).toContain(FIRST_COMPANY);
  });

  it("creates a second company and switches between the two", async () => {
    await switcherButton().click();
    await page.getByRole("link", { name: "New company…" }).click();
    await heading("New company").waitFor();
    await fillByLabel(page, {
      "Company name": SECOND_COMPANY,
      "Organisation number (optional)": "559123-4567",
    });
    await screenshot(page, "05-new-company");
    await page.getByRole("button", { name: "Create company" }).click();

    await page.waitForURL((u) => COMPANY_URL.test(u.pathname) && !u.pathname.includes(ids.first));
    await heading("Connections").waitFor();
    ids.second = companyIdOf(page);
    expect(ids.second).not.toBe("");
    expect(await visibleText(switcherButton())).toContain(SECOND_COMPANY);
    // The connections belong to the first company only.
    expect(await visibleText(page.getByText("No connections yet."))).toBe("No connections yet.");

    await switcherButton().click();
    const companies = page.getByRole("list", { name: "Companies" }).getByRole("link");
    await companies.first().waitFor();
    expect(await companies.allInnerTexts()).toHaveLength(2);
    await fillByLabel(page, { "Search companies": "åker" });
    await page.getByText("1 of 2 companies").waitFor();
    expect((await companies.allInnerTexts()).map((t) => t.split("\n")[0]?.trim())).toEqual([FIRST_COMPANY]);
    await screenshot(page, "06-company-switcher-search");
    await page.getByLabel("Search companies", { exact: true }).press("Enter");

    await page.waitForURL(`${server.url}/c/${ids.first}/connections`);
    expect(await visibleText(switcherButton())).toContain(FIRST_COMPANY);
    expect(await visibleText(row(CONNECTION))).toContain("Pending");
  });

  it("switches company with the keyboard alone, keeping the section", async () => {
    await openSection(page, "Settings");
    await switcherButton().focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("norr");
    await page.getByText("1 of 2 companies").waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(SECOND_COMPANY);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}/c/${ids.second}/settings`);
    await heading("Settings").waitFor();
    expect(await visibleText(switcherButton())).toContain(SECOND_COMPANY);

    // Escape closes the list and gives focus back to the switcher.
    await switcherButton().click();
    await page.getByLabel("Search companies", { exact: true }).waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByLabel("Search companies", { exact: true }).count()).toBe(0);
    expect(await switcherButton().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("opens the transfer log, empty, and filters it", async () => {
    await page.goto(`${server.url}/c/${ids.first}/connections`);
    await heading("Connections").waitFor();
    const listed = await context.request.get(`${server.url}/api/companies/${ids.first}/connections`);
    const connections = (await listed.json()) as Array<{ id: string; displayName: string }>;
    const connectionId = connections.find((c) => c.displayName === CONNECTION)?.id ?? "";
    expect(connectionId).not.toBe("");

    await openSection(page, "Transfer log");
    expect(page.url()).toBe(`${server.url}/c/${ids.first}/transfer-log`);
    expect(await visibleText(page.getByRole("status").filter({ hasText: "No transfers" }))).toBe(
      "No transfers recorded yet. Items appear here once a connection sends or receives data.",
    );
    await screenshot(page, "07-transfer-log-empty");

    await page.getByLabel("Connection", { exact: true }).selectOption({ label: `${CONNECTION} (Fortnox)` });
    await page.getByLabel("Direction", { exact: true }).selectOption("outbound");
    await page.getByLabel("Status", { exact: true }).selectOption("error");
    await fillByLabel(page, { Entity: "voucher", From: "2026-01-01T08:00" });
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/transfer-log"));
    await page.getByRole("button", { name: "Apply filters" }).click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(Object.fromEntries(new URL(response.url()).searchParams)).toMatchObject({
      connectionId,
      direction: "outbound",
      entity: "voucher",
      status: "error",
      // 08:00 in Stockholm (UTC+1 in January) is 07:00 UTC.
      from: "2026-01-01T07:00:00.000Z",
      page: "1",
    });
    expect(await visibleText(page.getByText("No transfers match these filters."))).toBe(
      "No transfers match these filters.",
    );
    expect(new URL(page.url()).searchParams.get("status")).toBe("error");
    await screenshot(page, "08-transfer-log-filtered");

    // The filters live in the URL: a reload shows the same filtered view.
    await page.reload();
    await heading("Transfer log").waitFor();
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("error");
    expect(await page.getByLabel("Entity", { exact: true }).inputValue()).toBe("voucher");

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByText("No transfers recorded yet.", { exact: false }).waitFor();
    expect(new URL(page.url()).search).toBe("");
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
