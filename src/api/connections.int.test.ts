import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConnectionSecret, writeConnectionSecret } from "../store/connectionSecrets.js";
import { setConnectionState } from "../store/repos/connections.js";
import { createRun } from "../store/repos/syncRuns.js";
import { logTransfers } from "../store/repos/transferLog.js";
import { testEngines } from "../store/testing.js";
import { type Client, setupAdmin, testServer } from "./testing.js";

for (const engine of testEngines()) {
  describe(`connections and transfer log on ${engine.name}`, () => {
    let srv: Awaited<ReturnType<typeof testServer>>;
    let db: Awaited<ReturnType<typeof engine.open>>;
    let client: Client;
    let companyId: string;
    beforeAll(async () => {
      db = await engine.open();
      srv = await testServer(db);
      ({ client, companyId } = await setupAdmin(srv.app, "Anslutning AB"));
    });
    afterAll(async () => {
      await srv.close();
      await db.close();
      await engine.dispose();
    });

    it("creates a connection as pending, keeps its secret sealed and out of every answer", async () => {
      const c = (
        await client.post(`/api/companies/${companyId}/connections`, {
          system: "fortnox",
          displayName: "Fortnox – Åre",
        })
      ).json();
      expect(c).toMatchObject({
        system: "fortnox",
        displayName: "Fortnox – Åre",
        state: "pending",
        hasSecret: false,
      });
      await writeConnectionSecret(db, srv.ctx.secrets, companyId, c.id, { refreshToken: "hemlig-åäö-token" });
      const raw = await db.query<{ secret_ciphertext: string }>(
        "SELECT secret_ciphertext FROM connections WHERE id = $1",
        [c.id],
      );
      expect(raw[0]!.secret_ciphertext).not.toContain("hemlig");
      expect(await readConnectionSecret(db, srv.ctx.secrets, companyId, c.id)).toEqual({
        refreshToken: "hemlig-åäö-token",
      });
      const listed = await client.get(`/api/companies/${companyId}/connections`);
      expect(listed.body).not.toContain("hemlig");
      expect(listed.body).not.toContain(raw[0]!.secret_ciphertext);
      expect(listed.json()[0].hasSecret).toBe(true);
    });

    it("follows the declared state machine and says which transition is not allowed", async () => {
      const c = (
        await client.post(`/api/companies/${companyId}/connections`, { system: "fortnox", displayName: "F2" })
      ).json();
      await setConnectionState(db, companyId, c.id, "needs_reauth", {
        code: "upstream_unauthorized",
        message: "Fortnox refused",
      });
      const shown = (await client.get(`/api/companies/${companyId}/connections/${c.id}`)).json();
      expect(shown).toMatchObject({
        state: "needs_reauth",
        lastErrorCode: "upstream_unauthorized",
        lastErrorMessage: "Fortnox refused",
      });
      const off = await client.patch(`/api/companies/${companyId}/connections/${c.id}`, {
        state: "disconnected",
      });
      expect(off.json().state).toBe("disconnected");
      const renamed = await client.patch(`/api/companies/${companyId}/connections/${c.id}`, {
        displayName: "Gamla Fortnox",
      });
      expect(renamed.json().displayName).toBe("Gamla Fortnox");
      expect((await client.delete(`/api/companies/${companyId}/connections/${c.id}`)).statusCode).toBe(204);
      expect((await client.get(`/api/companies/${companyId}/connections/${c.id}`)).statusCode).toBe(404);
    });

    it("filters and pages the transfer log, newest first", async () => {
      const c = (
        await client.post(`/api/companies/${companyId}/connections`, {
          system: "fortnox",
          displayName: "Logg",
        })
      ).json();
      const run = await createRun(db, { companyId, connectionId: c.id, kind: "ledger.sync" });
      const entries = Array.from({ length: 25 }, (_, i) => ({
        companyId,
        connectionId: c.id,
        runId: run.id,
        direction: (i % 5 === 0 ? "outbound" : "inbound") as "inbound" | "outbound",
        entity: i % 2 ? "voucher" : "supplier",
        externalId: `A${i}`,
        status: (i === 7 ? "error" : "ok") as "ok" | "error",
        errorCode: i === 7 ? "upstream_rejected" : null,
        message: i === 7 ? "Fortnox refused the request: Kontot är inte aktivt" : null,
      }));
      await logTransfers(db, entries);
      const base = `/api/companies/${companyId}/transfer-log`;
      const all = (await client.get(`${base}?connectionId=${c.id}&pageSize=10`)).json();
      expect(all).toMatchObject({ total: 25, page: 1, pageSize: 10 });
      expect(all.items).toHaveLength(10);
      const page3 = (await client.get(`${base}?connectionId=${c.id}&pageSize=10&page=3`)).json();
      expect(page3.items).toHaveLength(5);
      const errors = (await client.get(`${base}?status=error`)).json();
      expect(errors.items).toEqual([
        expect.objectContaining({
          externalId: "A7",
          message: "Fortnox refused the request: Kontot är inte aktivt",
        }),
      ]);
      const outbound = (await client.get(`${base}?direction=outbound&entity=supplier`)).json();
      expect(outbound.items.map((e: { externalId: string }) => e.externalId).sort()).toEqual([
        "A0",
        "A10",
        "A20",
      ]);
      const future = (
        await client.get(`${base}?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)
      ).json();
      expect(future.total).toBe(0);
      const bad = await client.get(`${base}?status=maybe`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe("invalid_input");
      const runs = (await client.get(`/api/companies/${companyId}/sync-runs?connectionId=${c.id}`)).json();
      expect(runs.items).toEqual([
        expect.objectContaining({ id: run.id, kind: "ledger.sync", state: "queued" }),
      ]);
    });
  });
}
