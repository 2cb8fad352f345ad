import { defineConfig } from "vitest/config";

// The pure suites once more under Stockholm's zone: dates and money must not depend on the machine's TZ.
export default defineConfig({
  test: {
    include: ["src/core/**/*.test.ts", "src/sie/**/*.test.ts"],
    env: { TZ: "Europe/Stockholm" },
    pool: "forks",
    reporters: ["default", "./test/support/summaryReporter.ts"],
  },
});
