/**
 * 500 individual requests through the connector against the rate-limited sandbox (25 per 5 s sliding
 * window, as Fortnox): counts 429 answers and the rate achieved against the allowed 5 requests/s.
 *   npx tsx bench/fortnox/rate.ts [--requests 500]
 */
import { startFortnoxSandbox } from "../../src/connectors/fortnox/sandbox/index.js";
import { arg, connectBench, out } from "./common.js";

const N = arg("requests", 500);
const LIMIT = 25;
const WINDOW_MS = 5000;

const sb = await startFortnoxSandbox({
  seed: 1,
  vouchersPerYear: 100,
  rateLimit: { limit: LIMIT, windowMs: WINDOW_MS },
});
const sent: number[] = [];
let retried429 = 0;
const client = await connectBench(sb, {
  // Records when each request leaves, to measure the window from the client's side.
  fetch: (input, init) => {
    sent.push(performance.now());
    return fetch(input, init);
  },
  logger: { warn: (o) => void (o.waitMs !== undefined && retried429++) },
});
const before = sb.stats.apiRequests;
const started = performance.now();
await Promise.all(
  [...Array(N)].map(() => client.json({ path: "/3/companyinformation", entity: "company information" })),
);
const seconds = (performance.now() - started) / 1000;
let maxInWindow = 0;
for (let i = 0, j = 0; i < sent.length; i++) {
  while (sent[i]! - sent[j]! >= WINDOW_MS) j++;
  maxInWindow = Math.max(maxInWindow, i - j + 1);
}
// The first window may be used at once; after it the allowed pace is LIMIT per WINDOW_MS.
const idealSeconds = ((N - LIMIT) / LIMIT) * (WINDOW_MS / 1000);
out(`requests sent: ${sb.stats.apiRequests - before} for ${N} calls`);
out(`429 answers: ${sb.stats.rateLimited} (client retries after 429: ${retried429})`);
out(`elapsed: ${seconds.toFixed(1)} s; fastest allowed: ${idealSeconds.toFixed(1)} s`);
out(
  `rate: ${((N - LIMIT) / seconds).toFixed(2)} req/s after the first window = ${((100 * idealSeconds) / seconds).toFixed(1)} % of the allowed ${LIMIT / (WINDOW_MS / 1000)} req/s`,
);
out(`most requests in any ${WINDOW_MS / 1000} s (client clock): ${maxInWindow} (limit ${LIMIT})`);
await sb.close();
