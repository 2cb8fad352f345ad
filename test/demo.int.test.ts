import { afterAll, describe, expect, it } from "vitest";
import { buildServer } from "../src/api/server.js";
import { Client, PASSWORD, testContext } from "../src/api/testing.js";
import { startDemo } from "../src/app/demo.js";
import { getCompanyInformation } from "../src/connectors/fortnox/index.js";
import { fortnoxClientFor } from "../src/flows/fortnox/connection.js";
import { findDemoCompanies } from "../src/store/repos/companies.js";
import { findConnectionsBySystem } from "../src/store/repos/connections.js";
import { testEngines } from "../src/store/testing.js";

const engine = testEngines()[0]!;

describe("demo mode", () => {
  afterAll(() => engine.dispose());

  it("connects a labelled demo company to the sandbox, shares it with the first administrator, and survives restarts", async () => {
    const db = await engine.open();
    const ctx = await testContext(db);
    const first = await startDemo(ctx, { vouchersPerYear: 20 });
    try {
      const [company] = await findDemoCompanies(db);
      expect(company?.name).toMatch(/\(demo\)$/);
      const [conn] = await findConnectionsBySystem(db, company!.id, "fortnox");
      expect(conn).toMatchObject({ state: "active", sandbox: true, hasSecret: true });
      const info = await getCompanyInformation(await fortnoxClientFor(ctx, conn!));
      expect(`${info.name} (demo)`).toBe(company!.name);

      const { app } = await buildServer(ctx, { webRoot: "/nonexistent", logger: false });
      const c = new Client(app);
      const s = (
        await c.post("/api/setup", {
          email: "forsta@example.se",
          name: "Första",
          password: PASSWORD,
          companyName: "Eget AB",
        })
      ).json();
      expect(s.companies).toEqual(
        expect.arrayContaining([
          { id: company!.id, name: company!.name, role: "owner", demo: true },
          expect.objectContaining({ name: "Eget AB", demo: false }),
        ]),
      );
      await app.close();
    } finally {
      await first.stop();
    }

    // A new start: a new sandbox (new address, new token state); the same company and connection, re-granted.
    const second = await startDemo(ctx, { vouchersPerYear: 20 });
    try {
      const companies = await findDemoCompanies(db);
      expect(companies).toHaveLength(1);
      const conns = await findConnectionsBySystem(db, companies[0]!.id, "fortnox");
      expect(conns).toHaveLength(1);
      expect(conns[0]).toMatchObject({
        state: "active",
        settings: expect.objectContaining({ apiBaseUrl: second.fortnox.url }),
      });
      await getCompanyInformation(await fortnoxClientFor(ctx, conns[0]!));
    } finally {
      await second.stop();
      await ctx.queue.stop();
      await db.close();
    }
  });

  it("syncs the demo company at start and copies the documents behind its vouchers in the background", async () => {
    const db = await engine.open();
    const ctx = await testContext(db, {}, { work: true });
    const demo = await startDemo(ctx, { vouchersPerYear: 40 });
    try {
      let files: { all: number; fetched: number; pdf: number } = { all: 0, fetched: 0, pdf: 0 };
      for (let i = 0; i < 600 && (files.all === 0 || files.fetched < files.all); i++) {
        await new Promise((r) => setTimeout(r, 100));
        const [row] = await db.query<{ all: string; fetched: string; pdf: string }>(
          `SELECT count(*) AS all, count(fetched_at) AS fetched,
             count(*) FILTER (WHERE content_type = 'application/pdf' AND substring(content from 1 for 5) = '\\x255044462d'::bytea) AS pdf
           FROM document_files`,
        );
        files = { all: Number(row!.all), fetched: Number(row!.fetched), pdf: Number(row!.pdf) };
      }
      expect(files.all).toBeGreaterThan(0);
      expect(files).toEqual({ all: files.all, fetched: files.all, pdf: files.all });
    } finally {
      await demo.stop();
      await ctx.queue.stop();
      await db.close();
    }
  });
});
