/**
 * Debian's Chromium driven by playwright-core: no browser download, the same binary on a laptop and
 * in CI (`apt-get install chromium`). CHROMIUM_PATH overrides the location.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { REPO_ROOT } from "./server.js";

const SCREENSHOTS = join(REPO_ROOT, "test/e2e/screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the locator is visible and returns its text: playwright-core has no auto-waiting `expect`. */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.waitFor({ state: "visible" });
  // The rendered text (CSS applied, hidden parts left out) is what a user reads, not textContent.
  const [text = ""] = await locator.allInnerTexts();
  return text.trim();
}

/** Uncaught errors in the page: a user-visible crash that a test must not ignore. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** A fresh browser profile (its own cookies), as a person at their own computer in Stockholm. */
export async function openPage(
  browser: Browser,
  locale = "en-GB",
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, timezoneId: "Europe/Stockholm" });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, errors: collectPageErrors(page) };
}
