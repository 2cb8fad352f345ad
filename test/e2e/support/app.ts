/** What a user does again and again in the app, written once: find a heading, open a section, fill a form. */
import type { Page } from "playwright-core";

export const COMPANY_URL = /\/c\/([0-9a-f-]{36})\/connections$/;

export interface Admin {
  name: string;
  email: string;
  password: string;
}

export const heading = (page: Page, name: string) =>
  page.getByRole("heading", { level: 1, name, exact: true });

/** The switcher's button reads "Company <name of the current company>". */
export const switcherButton = (page: Page) => page.getByRole("button", { name: /^Company\s/ });

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Company sections" }).getByRole("link", { name }).click();
  await heading(page, name).waitFor();
}

/** Fills inputs by their exact visible label. */
export async function fillByLabel(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

export function companyIdOf(page: Page): string {
  return COMPANY_URL.exec(new URL(page.url()).pathname)?.[1] ?? "";
}

/** First-run setup through the form; returns the id of the company it created (from the URL). */
export async function completeFirstRun(
  page: Page,
  baseUrl: string,
  admin: Admin,
  company: string,
): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await heading(page, "Set up Ledgerbridge").waitFor();
  await fillByLabel(page, {
    "Your name": admin.name,
    "E-mail": admin.email,
    Password: admin.password,
    "Company name": company,
  });
  await page.getByRole("button", { name: "Create administrator and company" }).click();
  await heading(page, "Connections").waitFor();
  return companyIdOf(page);
}
