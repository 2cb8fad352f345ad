/**
 * One measurement in a fresh process, so its peak RSS is its own: `baseline` (read, decode CP437 with the
 * table decoder, split lines — the plainest pass) or `inspect` (what `sie inspect` does). Prints JSON.
 */
import { createReadStream } from "node:fs";
import { createDecoder, inspectSieFile } from "../../src/sie/index.js";

async function baseline(file: string): Promise<number> {
  const decoder = createDecoder("cp437");
  let lines = 0;
  let carry = "";
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 18 })) {
    const s = carry + decoder.decode(chunk as Buffer);
    let pos = 0;
    for (let nl = s.indexOf("\n"); nl !== -1; nl = s.indexOf("\n", pos)) {
      lines++;
      pos = nl + 1;
    }
    carry = s.slice(pos);
  }
  return lines + (carry.length > 0 ? 1 : 0);
}

const [mode, file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let detail: unknown;
if (mode === "baseline") detail = { lines: await baseline(file!) };
else {
  const s = await inspectSieFile(file!);
  detail = {
    lines: s.counts.lines,
    transactions: s.counts.transactions,
    errors: s.errors.length,
    debit: s.totals.debit,
  };
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs, maxRssMB, detail })}\n`);
