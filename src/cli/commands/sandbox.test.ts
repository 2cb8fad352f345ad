import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";

describe("ledgerbridge sandbox fortnox", () => {
  it("prints exactly one JSON line with url, client credentials and tenants, serves, and stops on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "sandbox", "fortnox", "--port", "0", "--seed", "2"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8");
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.on("data", (chunk: string) => {
        out += chunk;
        if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
      });
    });
    const info = JSON.parse(await firstLine) as Record<string, unknown>;
    expect(Object.keys(info)).toEqual(["sandbox", "url", "clientId", "clientSecret", "tenants"]);
    expect(info.sandbox).toBe("fortnox");
    expect(info.tenants).toHaveLength(2);
    const page = await fetch(`${info.url}/oauth-v1/auth?client_id=${info.clientId}`);
    expect(page.status).toBe(400);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(1);
  });
});
