/**
 * The one error catalogue. Each area keeps its codes in its own section file; this file joins them and
 * refuses a code defined twice. `docs/errors.md` is generated from it (`npm run docs`), and a test keeps
 * the two in step.
 */
import { authErrors } from "./auth.js";
import { fortnoxErrors } from "./fortnox.js";
import { generalErrors } from "./general.js";
import { jobErrors } from "./jobs.js";
import { ledgerErrors } from "./ledger.js";
import { sieErrors } from "./sie.js";
import type { ErrorSection, ErrorSpec } from "./types.js";
import { upstreamErrors } from "./upstream.js";

const SECTIONS = {
  general: generalErrors,
  auth: authErrors,
  upstream: upstreamErrors,
  jobs: jobErrors,
  sie: sieErrors,
  fortnox: fortnoxErrors,
  ledger: ledgerErrors,
} as const;

type Sections = typeof SECTIONS;
export type ErrorCode = { [K in keyof Sections]: keyof Sections[K] }[keyof Sections] & string;

function join(
  sections: Readonly<Record<string, ErrorSection>>,
): Readonly<Record<string, ErrorSpec & { section: string }>> {
  const all: Record<string, ErrorSpec & { section: string }> = {};
  for (const [section, codes] of Object.entries(sections)) {
    for (const [code, spec] of Object.entries(codes)) {
      if (all[code])
        throw new Error(`error code ${code} is defined in both ${all[code].section} and ${section}`);
      all[code] = { ...spec, section };
    }
  }
  return all;
}

export const CATALOGUE = join(SECTIONS);

export function errorSpec(code: ErrorCode): ErrorSpec {
  return CATALOGUE[code]!;
}
