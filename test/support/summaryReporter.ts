/**
 * Prints one plain closing line, `Summary: N passed, N failed`, after a Vitest run, and appends the
 * counts to `$LB_TEST_SUMMARY` when set, so `.ci/run` can print the total of all runs of `npm test`.
 */
import { appendFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (m.state() === "failed" && [...m.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(
      `\nSummary: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
    const file = process.env.LB_TEST_SUMMARY;
    if (file) appendFileSync(file, `${passed} ${failed} ${skipped}\n`);
  }
}
