/**
 * Settings of a company in a real browser against the real server: an API token whose secret is shown
 * once, then revoked; a person without an account invited by link, who joins read-only; their role
 * changed and their membership removed.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeFirstRun, fillByLabel, heading, openSection, switcherButton } from "./support/app.js";
import { launchBrowser, openPage, screenshot, visibleText } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

const ADMIN = { name: "Karin Öberg", email: "karin.oberg@example.se", password: "Hemligt-och-långt-9" };
const FIRST_NAME = "Bäckströms Redovisning";
const RENAMED = "Bäckström & Ek Redovisning AB";
const INVITEE = { name: "Erik Sjöberg", email: "erik.sjoberg@example.se", password: "Ett-annat-lösenord-7" };

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let companyId = "";

const row = (text: string) => page.getByRole("row").filter({ hasText: text });
const asScript = (secret: string) =>
  fetch(`${server.url}/api/companies/${companyId}/connections`, {
    headers: { authorization: `Bearer ${secret}` },
  });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ page, errors: pageErrors } = await openPage(browser));
  companyId = await completeFirstRun(page, server.url, ADMIN, FIRST_NAME);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("company settings in the browser", () => {
  it("lists the owner and no tokens yet", async () => {
    await openSection(page, "Settings");
    const me = row(ADMIN.email);
    expect(await visibleText(me)).toContain(ADMIN.name);
    expect(await me.getByRole("combobox", { name: `Role of ${ADMIN.name}` }).inputValue()).toBe("owner");
    expect(await visibleText(page.getByText("No API tokens yet."))).toBe("No API tokens yet.");
  });

  it("corrects the company's name and organisation number", async () => {
    await fillByLabel(page, { "Company name": RENAMED, "Organisation number": "556677-8899" });
    await page.getByRole("button", { name: "Save company" }).click();
    await page.getByText("Saved.", { exact: true }).waitFor();
    await switcherButton(page).filter({ hasText: RENAMED }).waitFor();
    await page.reload();
    await heading(page, "Settings").waitFor();
    expect(await visibleText(switcherButton(page))).toContain(RENAMED);
    expect(await page.getByLabel("Organisation number", { exact: true }).inputValue()).toBe("556677-8899");
    expect(await page.title()).toBe(`Settings – ${RENAMED} – Ledgerbridge`);
  });

  it("creates an API token and shows its secret only once", async () => {
    await fillByLabel(page, { "Token name": "Nattlig export" });
    await page.getByLabel("Token role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("heading", { name: "Token “Nattlig export” created" }).waitFor();
    expect(await visibleText(page.getByText("you will not see it again"))).toContain("Copy it now");
    const secret = await page.getByLabel("New API token").inputValue();
    expect(secret.length).toBeGreaterThan(20);

    const token = row("Nattlig export");
    await token.waitFor();
    const cells = (await token.getByRole("cell").allInnerTexts()).map((c) => c.trim());
    expect(cells[1]).toBe("Viewer");
    // The identifier in the list is a visible part of the secret, so a user can match the two.
    expect(cells[2]).toMatch(/\S{4,}/);
    expect(secret).toContain(cells[2]);
    expect(cells[4]).toBe("Never");
    // Instants are written for the chosen locale (sv-SE by default), in the browser's time zone…
    expect(cells[3]).toMatch(/^\d{1,2} [a-zåäö]+\.? \d{4} \d{2}:\d{2}$/);
    await screenshot(page, "09-api-token-created");
    // …and follow the format the user picks.
    await page.getByLabel("Format", { exact: true }).selectOption("en-US");
    expect(await visibleText(token.getByRole("cell").nth(3))).toMatch(
      /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/,
    );
    await page.getByLabel("Format", { exact: true }).selectOption("sv-SE");

    // The secret works for a script…
    expect((await asScript(secret)).status).toBe(200);
    // …is gone from the page once dismissed, and after a reload…
    await page.getByRole("button", { name: "I have copied it" }).click();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await heading(page, "Settings").waitFor();
    await token.waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, "10-settings");

    // …and once revoked no longer opens the API.
    await token.getByRole("button", { name: "Revoke Nattlig export" }).click();
    await token.getByRole("button", { name: "Yes, revoke Nattlig export" }).click();
    await token.getByText(/^Revoked /).waitFor();
    expect((await asScript(secret)).status).toBe(401);
  });

  it("invites a new member, who accepts the link and sees the company read-only", async () => {
    await fillByLabel(page, { "E-mail": INVITEE.email });
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Add member" }).click();
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[^/]+$/);
    expect(await visibleText(row(INVITEE.email))).toContain("Viewer");
    await screenshot(page, "11-invitation-created");

    // The invited person opens the link in their own browser.
    const theirs = await openPage(browser, "sv-SE");
    const invitee = theirs.page;
    await invitee.goto(new URL(new URL(link).pathname, server.url).href);
    await heading(invitee, `Join ${RENAMED}`).waitFor();
    expect(await invitee.getByLabel("E-mail", { exact: true }).inputValue()).toBe(INVITEE.email);
    await fillByLabel(invitee, { "Your name": INVITEE.name, "Choose a password": INVITEE.password });
    await screenshot(invitee, "12-invitation-accept");
    await invitee.getByRole("button", { name: `Join ${RENAMED}` }).click();

    await invitee.waitForURL(`${server.url}/c/${companyId}/connections`);
    await heading(invitee, "Connections").waitFor();
    expect(await visibleText(switcherButton(invitee))).toContain(RENAMED);
    const notice = invitee.getByText(
      "Only owners and administrators can add, activate or disconnect connections.",
    );
    expect(await visibleText(notice)).not.toBe("");
    expect(await invitee.getByRole("button", { name: "Add connection" }).count()).toBe(0);
    await screenshot(invitee, "13-viewer-connections");
    // A used link cannot be used again, and says so.
    await invitee.goto(new URL(new URL(link).pathname, server.url).href);
    await heading(invitee, "Invitation").waitFor();
    expect(await visibleText(invitee.getByRole("alert"))).not.toBe("");
    expect(await invitee.getByRole("button", { name: /^Join / }).count()).toBe(0);
    await screenshot(invitee, "14-invitation-used");
    expect(theirs.errors).toEqual([]);
    await theirs.context.close();

    // In the administrator's browser, the new member is listed and nothing is pending any more.
    await page.reload();
    await heading(page, "Settings").waitFor();
    expect(await visibleText(row(INVITEE.name))).toContain(INVITEE.email);
    expect(await visibleText(page.getByText("No pending invitations."))).toBe("No pending invitations.");
  });

  it("changes a member's role and removes them", async () => {
    const role = page.getByRole("combobox", { name: `Role of ${INVITEE.name}` });
    expect(await role.inputValue()).toBe("viewer");
    const saved = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && r.url().includes("/members/"),
    );
    await role.selectOption("admin");
    expect((await saved).status()).toBe(200);
    await page.reload();
    await heading(page, "Settings").waitFor();
    expect(await role.inputValue()).toBe("admin");

    await page.getByRole("button", { name: `Remove ${INVITEE.name}` }).click();
    await page.getByRole("button", { name: `Yes, remove ${INVITEE.name}` }).click();
    await row(INVITEE.email).waitFor({ state: "detached" });
    expect(await row(ADMIN.email).count()).toBe(1);
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
