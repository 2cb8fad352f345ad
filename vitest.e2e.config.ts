import { defineConfig } from "vitest/config";

// Browser tests: the built app served by the real server, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { TZ: "UTC" },
    pool: "forks",
    reporters: ["default", "./test/support/summaryReporter.ts"],
    fileParallelism: false,
  },
});
