/**
 * With LEDGERBRIDGE_DEMO=1 the hub talks to local emulators, never to real accounting systems: every
 * page, before and after sign-in, must say so.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeFirstRun, heading, openSection, switcherButton } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const OWN_COMPANY = "Demo Bygg i Malmö AB";

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const banner = () => page.getByRole("region", { name: "Sandbox notice" });

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  ({ page, errors: pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("demo mode in the browser", () => {
  it("labels the first-run page and the app as sandbox data", async () => {
    await page.goto(`${server.url}/`);
    await heading(page, "Set up Ledgerbridge").waitFor();
    expect(await visibleText(banner())).toContain("Sandbox / demo data");

    const admin = { name: "Demo Användare", email: "demo@example.se", password: "demo-lösenord" };
    await completeFirstRun(page, server.url, admin, OWN_COMPANY);
    // Setup lands in the company just created, not in the shared demo company.
    const current = await visibleText(switcherButton(page));
    expect(current).toContain(OWN_COMPANY);
    expect(current).not.toContain("Sandbox");
    expect(await visibleText(banner())).toContain("Sandbox / demo data");
  });

  it("labels the shared demo company and its sandbox connection", async () => {
    await switcherButton(page).click();
    const demo = page
      .getByRole("list", { name: "Companies" })
      .getByRole("link")
      .filter({ hasText: "Sandbox" });
    expect(await visibleText(demo)).toMatch(/\(demo\)/);
    expect(await page.getByRole("list", { name: "Companies" }).getByRole("link").count()).toBe(2);
    await screenshot(page, "demo-01-switcher");
    await demo.click();
    await heading(page, "Connections").waitFor();
    expect(await visibleText(switcherButton(page))).toContain("Sandbox");
    const notice = page.locator("p", { hasText: "Demo company." });
    expect(await visibleText(notice)).toContain("not a real company's books");
    const connection = page.getByRole("row").filter({ hasText: "Fortnox sandbox" });
    await connection.waitFor();
    const cells = (await connection.getByRole("cell").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 3)).toEqual(["Fortnox sandbox Sandbox", "Fortnox", "Active"]);
    expect(await visibleText(banner())).toContain("Sandbox / demo data");
    await screenshot(page, "demo-02-connections");
  });

  it("keeps the banner on every page, and after logging out", async () => {
    for (const section of ["Ledger", "Suppliers & customers", "Transfer log", "Settings"]) {
      await openSection(page, section);
      expect(await visibleText(banner())).toContain("Sandbox / demo data");
    }
    await screenshot(page, "demo-03-settings");

    await page.getByRole("button", { name: "Log out" }).click();
    await heading(page, "Log in").waitFor();
    expect(await visibleText(banner())).toContain("Sandbox / demo data");
    expect(pageErrors).toEqual([]);
  });
});
