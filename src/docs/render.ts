/** Renders the docs that are generated from code, so they cannot drift from it. */
import type { z } from "zod";
import { CATEGORY_STATUS, STATUS_BY_CODE } from "../api/errors.js";
import { SETTINGS } from "../config/schema.js";
import { CATALOGUE, ERROR_CATEGORIES } from "../core/index.js";

const esc = (s: string) => s.replaceAll("|", "\\|");

export function renderErrorsDoc(): string {
  const lines = [
    "# Error codes",
    "",
    "Generated from `src/core/errors/` by `npm run docs`; a test fails when this file and the catalogue differ.",
    "",
    'Every API error answers `{"error":{"code","message","details"}}`. The category decides the HTTP status;',
    `a few codes are more precise: ${Object.entries(STATUS_BY_CODE)
      .map(([c, s]) => `\`${c}\` ${s}`)
      .join(", ")}.`,
    "",
    "| category | HTTP status |",
    "|---|---|",
    ...ERROR_CATEGORIES.map((c) => `| ${c} | ${CATEGORY_STATUS[c]} |`),
    "",
  ];
  const bySection = new Map<string, string[]>();
  for (const [code, spec] of Object.entries(CATALOGUE)) {
    const rows = bySection.get(spec.section) ?? [];
    rows.push(`| \`${code}\` | ${spec.category} | ${esc(spec.message)} |`);
    bySection.set(spec.section, rows);
  }
  for (const [section, rows] of bySection) {
    lines.push(`## ${section}`, "", "| code | category | message |", "|---|---|---|", ...rows, "");
  }
  return lines.join("\n");
}

function defaultOf(schema: z.ZodType): string {
  const r = schema.safeParse(undefined);
  if (!r.success || r.data === undefined) return "(unset)";
  return `\`${typeof r.data === "boolean" ? (r.data ? "1" : "0") : String(r.data)}\``;
}

export function renderConfigDoc(): string {
  return [
    "# Configuration",
    "",
    "Generated from `src/config/schema.ts` by `npm run docs`. Every setting is an environment variable, read",
    "once at start-up; an invalid value stops the hub with every problem listed.",
    "",
    "| variable | default | meaning |",
    "|---|---|---|",
    ...Object.entries(SETTINGS).map(([k, v]) => `| \`${k}\` | ${defaultOf(v.schema)} | ${esc(v.doc)} |`),
    "",
  ].join("\n");
}

export function renderEnvExample(): string {
  const lines = ["# Ledgerbridge settings (generated from src/config/schema.ts; see docs/config.md)", ""];
  for (const [k, v] of Object.entries(SETTINGS)) {
    const d = defaultOf(v.schema).replaceAll("`", "");
    lines.push(`# ${v.doc.replaceAll("`", "")}`, `# ${k}=${d === "(unset)" ? "" : d}`, "");
  }
  return lines.join("\n");
}
