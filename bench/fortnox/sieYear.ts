/**
 * Reads a full year of 100 000 vouchers from the rate-limited sandbox through the SIE export, and parses
 * it with src/sie, counting requests and timing each step.
 *   npx tsx bench/fortnox/sieYear.ts [--vouchers 100000] [--raw]
 */
import { exportSie } from "../../src/connectors/fortnox/operations/exportSie.js";
import { listFinancialYears } from "../../src/connectors/fortnox/operations/listFinancialYears.js";
import { startFortnoxSandbox } from "../../src/connectors/fortnox/sandbox/index.js";
import { arg, connectBench, out } from "./common.js";

const N = arg("vouchers", 100_000);
// --raw: fetch the bytes only (no parse), to see the sandbox's side at large volumes.
const RAW = process.argv.includes("--raw");
const sb = await startFortnoxSandbox({ seed: 1, vouchersPerYear: N });
const client = await connectBench(sb);
const before = sb.stats.apiRequests;
const started = performance.now();
const years = await listFinancialYears(client);
const year = years.at(-1)!;
if (RAW) {
  const query = { financialyear: year.externalId };
  const bytes = await client.bytes({ path: "/3/sie/4", entity: "SIE", query, timeoutMs: 900_000 });
  out(
    `vouchers per year: ${N}; raw SIE 4 bytes: ${(bytes.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  out(
    `requests: ${sb.stats.apiRequests - before}; peak RSS: ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`,
  );
  await sb.close();
  process.exit(0);
}
const { bytes, document } = await exportSie(client, { financialYearId: year.externalId });
const seconds = (performance.now() - started) / 1000;
const rows = document.vouchers.reduce((n, v) => n + v.rows.length, 0);
out(`vouchers per year: ${N}; year ${year.start}..${year.end}`);
out(
  `requests: ${sb.stats.apiRequests - before} (financial years + SIE 4 export); 429 answers: ${sb.stats.rateLimited}`,
);
out(`SIE bytes: ${(bytes.length / 1e6).toFixed(1)} MB, encoding ${document.summary.encoding}`);
out(
  `vouchers read: ${document.vouchers.length}, rows: ${rows}, check errors: ${document.summary.errors.length}`,
);
out(`elapsed: ${seconds.toFixed(1)} s (export generated, transferred and parsed)`);
out(`peak RSS: ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
await sb.close();
