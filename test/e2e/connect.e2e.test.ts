/**
 * Issue 5 in a real browser against the real hub in demo mode, whose Fortnox is the bundled sandbox:
 * the demo company's first sync, then a second company connected through an activation link (the
 * sandbox's own login and consent pages), its access check, a two-year sync watched to the end, the
 * run's transfer log, and the used link refused. The steps share one page and build on each other.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setConnectionState } from "../../src/store/repos/connections.js";
import {
  COMPANY_URL,
  companyIdOf,
  completeFirstRun,
  fillByLabel,
  heading,
  openSection,
  switcherButton,
} from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Karin Ek", email: "karin@example.se", password: "ett-långt-lösenord" };
const FIRST_COMPANY = "Ek Redovisning AB";
const SECOND_COMPANY = "Fjällbacka Snickeri AB";
const RUN_COLUMNS = [
  "Started",
  "State",
  "Years imported",
  "Unchanged",
  "Kept (uploaded)",
  "Vouchers",
  "Rows",
];

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let activationUrl = "";
let secondCompanyId = "";

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  ({ page, errors: pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The card of one connection: a region named by its heading. */
const card = (name: RegExp) => page.getByRole("region", { name });

/** A finished run's row in a card's sync history, read as numbers by column name. */
async function runFigures(row: Locator): Promise<Record<string, number>> {
  const cells = (await row.getByRole("cell").allInnerTexts()).map((c) => c.trim());
  const figures: Record<string, number> = {};
  for (const [i, name] of [
    "Years imported",
    "Unchanged",
    "Kept (uploaded)",
    "Vouchers",
    "Rows",
    "Requests",
  ].entries()) {
    figures[name] = Number((cells[i + 2] ?? "").replace(/\D/g, ""));
  }
  return figures;
}

describe("connecting Fortnox and syncing (issue 5) in the browser", () => {
  it("shows the demo company's sandbox connection and its first sync, finished with counts", async () => {
    await completeFirstRun(page, server.url, ADMIN, FIRST_COMPANY);
    await switcherButton(page).click();
    await page
      .getByRole("list", { name: "Companies" })
      .getByRole("link")
      .filter({ hasText: "Sandbox" })
      .click();
    await heading(page, "Connections").waitFor();

    const demo = card(/^Fortnox sandbox/);
    expect(await visibleText(demo.getByRole("heading", { level: 2 }))).toBe("Fortnox sandbox Sandbox");
    expect(await visibleText(demo.locator(".card-head > .badge"))).toBe("Active");
    // The sync of two years started at boot; it may still be running when the page opens.
    const succeeded = demo.getByRole("row").filter({ hasText: "Succeeded" });
    await succeeded.waitFor({ timeout: 90_000 });
    const headers = (
      await demo.getByRole("table", { name: "Finished syncs" }).getByRole("columnheader").allInnerTexts()
    ).map((h) => h.trim());
    expect(headers.slice(0, RUN_COLUMNS.length)).toEqual(RUN_COLUMNS);
    const figures = await runFigures(succeeded);
    expect(figures["Years imported"]).toBe(2);
    expect(figures.Vouchers).toBeGreaterThan(0);
    expect(figures.Rows).toBeGreaterThan(figures.Vouchers ?? 0);
    expect(figures.Requests).toBeGreaterThan(0);
    // The finished run moved the connection's last successful sync.
    await demo.getByText("Never").waitFor({ state: "detached" });
    await screenshot(page, "connect-01-demo-synced");
  });

  it("creates an activation link for a second company, ready to copy", async () => {
    await switcherButton(page).click();
    await page.getByRole("link", { name: "New company…" }).click();
    await heading(page, "New company").waitFor();
    const demoPath = new URL(page.url()).pathname;
    await fillByLabel(page, { "Company name": SECOND_COMPANY });
    await page.getByRole("button", { name: "Create company" }).click();
    await page.waitForURL((u) => COMPANY_URL.test(u.pathname) && u.pathname !== demoPath);
    await heading(page, "Connections").waitFor();
    expect(await visibleText(switcherButton(page))).toContain(SECOND_COMPANY);
    secondCompanyId = companyIdOf(page);

    await page.getByRole("button", { name: "Activate Fortnox" }).click();
    expect(await page.getByRole("radio", { name: /^A service account \(recommended\)/ }).isChecked()).toBe(
      true,
    );
    await page.getByRole("button", { name: "Create activation link" }).click();
    const box = page.locator(".activation-link");
    const explanation = await visibleText(box.locator("p").first());
    expect(explanation).toContain(`Send this link to the person who administers ${SECOND_COMPANY}'s Fortnox`);
    expect(explanation).toContain("It works once and expires");
    activationUrl = await page.getByLabel("Activation link", { exact: true }).inputValue();
    expect(activationUrl).toMatch(new RegExp(`^${server.url}/activate/[^/]+$`));
    await box.getByRole("button", { name: "Copy activation link" }).waitFor();
    const open = page.getByRole("table", { name: "Open activation links" });
    expect(await visibleText(open.getByRole("row").nth(1))).toContain("Service account");
    await screenshot(page, "connect-02-activation-link");
  });

  it("explains the activation, then the sandbox's Fortnox login and consent grant access", async () => {
    await page.goto(activationUrl);
    await heading(page, `Connect Fortnox to ${SECOND_COMPANY}`).waitFor();
    expect(await visibleText(page.locator(".sandbox-notice"))).toContain(
      "This is the Fortnox sandbox (demo data)",
    );
    const scopes = (await page.locator(".scopes li").allInnerTexts()).map((s) => s.trim());
    expect(scopes).toContain("Bookkeeping: vouchers, accounts and fiscal years (bookkeeping)");
    expect(scopes.some((s) => s.startsWith("Documents:") && s.includes("archive, inbox, connectfile"))).toBe(
      true,
    );
    expect(await visibleText(page.locator(".account-note"))).toContain(
      "approved by the company's Fortnox system administrator",
    );
    await screenshot(page, "connect-03-activate-page");

    await page.getByRole("button", { name: "Grant access" }).click();
    await page.getByRole("heading", { name: "Logga in på Fortnox (sandlåda)" }).waitFor();
    await screenshot(page, "connect-04-fortnox-login");
    await page.getByLabel("Användarnamn").fill("admin");
    await page.getByLabel("Lösenord").fill("demo");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Aktivering" }).waitFor();
    const companies = page.getByRole("group", { name: "Välj företag" }).getByRole("radio");
    expect(await companies.count()).toBeGreaterThan(0);
    await companies.first().check();
    await screenshot(page, "connect-05-fortnox-consent");
    await page.getByRole("button", { name: "Godkänn & aktivera" }).click();

    await heading(page, `Fortnox is connected to ${SECOND_COMPANY}`).waitFor();
    const result = new URL(page.url());
    expect(result.pathname).toBe("/activation-result");
    expect(result.searchParams.get("company")).toBe(secondCompanyId);
    await screenshot(page, "connect-06-activation-result");
  });

  it("shows the new connection active, with every feature available in the access check", async () => {
    await page.getByRole("link", { name: `Open the connections of ${SECOND_COMPANY}` }).click();
    await heading(page, "Connections").waitFor();
    const fortnox = card(/^Fortnox/);
    const state = fortnox.locator(".card-head > .badge");
    expect(await visibleText(state)).toBe("Active");
    expect(await state.getAttribute("class")).toContain("badge-green");
    expect(await visibleText(fortnox.locator(".facts"))).toContain("Never");

    await fortnox.getByRole("button", { name: "Check access" }).click();
    const features = fortnox.getByRole("list", { name: "Features" });
    await features.waitFor();
    const items = (await features.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
    expect(items.length).toBe(8);
    expect(items[0]).toMatch(/^✓ Bookkeeping \(vouchers, accounts, fiscal years\)/);
    expect(items.filter((t) => t.startsWith("✓"))).toHaveLength(8);
    expect(await visibleText(fortnox.locator(".preflight"))).toMatch(/Fortnox company: \S/);
    await screenshot(page, "connect-07-access-check");
  });

  it("syncs the last two fiscal years, showing progress until the run succeeds with counts", async () => {
    const fortnox = card(/^Fortnox/);
    expect(await visibleText(fortnox)).toContain("No syncs yet.");
    // Every text the progress panel shows, recorded in the page so no fast step is missed between polls.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll(".run-progress [role=status]")) {
          const text = el.textContent ?? "";
          if (!seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await fortnox.getByRole("button", { name: "Sync the last two fiscal years" }).click();
    await fortnox.locator(".run-progress").waitFor();
    await screenshot(page, "connect-08-sync-progress");
    const succeeded = fortnox.getByRole("row").filter({ hasText: "Succeeded" });
    await succeeded.waitFor({ timeout: 60_000 });
    expect(await fortnox.locator(".run-progress").count()).toBe(0);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((t) => /^(Sync queued|Syncing)/.test(t))).toBe(true);

    const figures = await runFigures(succeeded);
    expect(figures["Years imported"]).toBe(2);
    expect(figures.Unchanged).toBe(0);
    expect(figures.Vouchers).toBeGreaterThan(0);
    expect(figures.Rows).toBeGreaterThan(figures.Vouchers ?? 0);
    expect(figures.Requests).toBeGreaterThan(0);
    await fortnox.locator(".facts").getByText("Never").waitFor({ state: "detached" });
    await screenshot(page, "connect-09-sync-succeeded");
    expect(pageErrors).toEqual([]);
  });

  it("opens the transfer log filtered to that run", async () => {
    const fortnox = card(/^Fortnox/);
    const vouchers =
      (await runFigures(fortnox.getByRole("row").filter({ hasText: "Succeeded" }))).Vouchers ?? 0;
    await fortnox.getByRole("link", { name: /^Transfer log of the sync started / }).click();
    await heading(page, "Transfer log").waitFor();
    expect(new URL(page.url()).searchParams.get("run")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await visibleText(page.getByRole("status").filter({ hasText: "one sync run" }))).toContain(
      "Showing the entries of one sync run.",
    );
    const rows = page.getByRole("table").getByRole("row").filter({ hasText: "fiscal_year" });
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts).toHaveLength(2);
    const logged = texts.map((t) => Number(/(\d[\d,\s]*) vouchers/.exec(t)?.[1]?.replace(/\D/g, "") ?? "0"));
    expect(logged[0]! + logged[1]!).toBe(vouchers);
    for (const t of texts) expect(t).toContain("Received");
    await screenshot(page, "connect-10-transfer-log-of-run");
  });

  it("says so when a sync of the connection is already queued", async () => {
    await openSection(page, "Connections");
    const fortnox = card(/^Fortnox/);
    const start = fortnox.getByRole("button", { name: "Sync the last two fiscal years" });
    // At most one queued and one running sync per connection: the third of three quick starts is refused.
    // Each start's answer is awaited: while a start is pending the previous answer is not shown.
    for (let i = 0; i < 3; i++) {
      const answered = page.waitForResponse(
        (r) => r.request().method() === "POST" && r.url().endsWith("/sync"),
      );
      await start.click();
      await answered;
    }
    expect(await visibleText(fortnox.getByRole("status").filter({ hasText: "already" }))).toBe(
      "A sync of this connection is already queued or running, so no second one was started. Its progress is shown below.",
    );
    await screenshot(page, "connect-11-sync-already-queued");
    await fortnox.locator(".run-progress").waitFor({ state: "detached", timeout: 60_000 });
    const refused = fortnox.getByRole("row").filter({ hasText: "Not started" });
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await visibleText(refused.first())).toContain("job_already_running");
  });

  it("reports a refusal on Fortnox's consent page, and the link still works afterwards", async () => {
    await page.getByRole("button", { name: "Activate Fortnox" }).click();
    await page.getByRole("radio", { name: /^A user's own login/ }).check();
    await page.getByRole("button", { name: "Create activation link" }).click();
    const url = await page.getByLabel("Activation link", { exact: true }).inputValue();
    expect(url).not.toBe(activationUrl);
    await page.goto(url);
    await heading(page, `Connect Fortnox to ${SECOND_COMPANY}`).waitFor();
    expect(await visibleText(page.locator(".account-note"))).toContain("Your own login.");
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.getByLabel("Användarnamn").fill("byra");
    await page.getByLabel("Lösenord").fill("demo");
    await page.getByRole("button", { name: "Logga in" }).click();
    const offered = page.getByRole("group", { name: "Välj företag" }).getByRole("radio");
    expect(await offered.count()).toBe(2);
    await page.getByRole("button", { name: "Avbryt" }).click();

    await heading(page, "Fortnox was not connected").waitFor();
    expect(new URL(page.url()).searchParams.get("status")).toBe("error");
    expect(await visibleText(page.getByRole("alert"))).not.toBe("");
    expect(await visibleText(page.locator("main"))).toContain(
      "Open the activation link again and try once more",
    );
    await screenshot(page, "connect-12-activation-refused");
    await page.goto(url);
    await heading(page, `Connect Fortnox to ${SECOND_COMPANY}`).waitFor();
  });

  it("refuses the activation link once it has been used", async () => {
    await page.goto(activationUrl);
    await heading(page, "Connect Fortnox").waitFor();
    expect(await visibleText(page.getByRole("alert"))).toBe(
      "This activation link is not valid: it was used already or it has expired. Ask for a new one.",
    );
    await screenshot(page, "connect-13-link-used");
    expect(pageErrors).toEqual([]);
  });
  it("re-activates a connection that Fortnox no longer accepts, keeping the connection", async () => {
    const listed = await page
      .context()
      .request.get(`${server.url}/api/companies/${secondCompanyId}/connections`);
    const [connection] = (await listed.json()) as Array<{ id: string; displayName: string }>;
    const connectionId = connection?.id ?? "";
    expect(connectionId).not.toBe("");
    // What the token keeper records when Fortnox refuses to renew the authorization (tokenKeeper.ts).
    const refused =
      "Fortnox refused to renew the authorization (invalid_grant). The connection must be activated again by a Fortnox user of the company.";
    await server.writeStore((db) =>
      setConnectionState(db, secondCompanyId, connectionId, "needs_reauth", {
        code: "upstream_unauthorized",
        message: refused,
      }),
    );

    await page.goto(`${server.url}/c/${secondCompanyId}/connections`);
    await heading(page, "Connections").waitFor();
    const fortnox = card(/^Fortnox/);
    const state = fortnox.locator(".card-head > .badge");
    expect(await visibleText(state)).toBe("Needs re-authorisation");
    expect(await state.getAttribute("class")).toContain("badge-orange");
    expect(await visibleText(fortnox.getByRole("note"))).toContain(refused);
    expect(await fortnox.getByRole("button", { name: "Sync the last two fiscal years" }).count()).toBe(0);
    await screenshot(page, "connect-14-needs-reauth");

    await fortnox.getByRole("button", { name: "Re-activate" }).click();
    // It was connected with a service account, so that is what the re-activation offers first.
    expect(await fortnox.getByRole("radio", { name: /^A service account/ }).isChecked()).toBe(true);
    await fortnox
      .getByRole("button", { name: `Create a re-activation link for ${connection?.displayName}` })
      .click();
    const url = await fortnox.getByLabel("Activation link", { exact: true }).inputValue();
    await page.goto(url);
    await heading(page, `Re-activate Fortnox for ${SECOND_COMPANY}`).waitFor();
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.getByLabel("Användarnamn").fill("admin");
    await page.getByLabel("Lösenord").fill("demo");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("button", { name: "Godkänn & aktivera" }).click();
    await heading(page, `Fortnox is connected to ${SECOND_COMPANY}`).waitFor();
    expect(new URL(page.url()).searchParams.get("connection")).toBe(connectionId);

    await page.getByRole("link", { name: `Open the connections of ${SECOND_COMPANY}` }).click();
    await heading(page, "Connections").waitFor();
    expect(await visibleText(card(/^Fortnox/).locator(".card-head > .badge"))).toBe("Active");
    // The same connection: its sync history is still there (waited for: the card loads it after the page).
    await card(/^Fortnox/)
      .getByRole("table", { name: "Finished syncs" })
      .getByRole("row")
      .filter({ hasText: "Succeeded" })
      .first()
      .waitFor();
    expect(await page.getByRole("region", { name: /^Fortnox/ }).count()).toBe(1);
    await screenshot(page, "connect-15-reactivated");
    expect(pageErrors).toEqual([]);
  });
});
