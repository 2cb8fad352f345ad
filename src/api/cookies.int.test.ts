import { describe, expect, it } from "vitest";
import { testEngines } from "../store/testing.js";
import { PASSWORD, testServer, uniqueEmail } from "./testing.js";

const engine = testEngines()[0]!;

describe("session cookie behind a TLS-terminating proxy", () => {
  it("is Secure when the request came over https through a trusted proxy, and not otherwise", async () => {
    const db = await engine.open();
    const srv = await testServer(db, { LEDGERBRIDGE_TRUST_PROXY: "1" });
    try {
      const body = { email: uniqueEmail(), name: "Tls", password: PASSWORD, companyName: "TLS AB" };
      const viaTls = await srv.app.inject({
        method: "POST",
        url: "/api/setup",
        payload: body,
        headers: { "x-forwarded-proto": "https" },
      });
      const cookie = viaTls.cookies.find((c) => c.name === "lb_session")!;
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
      const plain = await srv.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: body.email, password: PASSWORD },
      });
      expect(plain.cookies.find((c) => c.name === "lb_session")!.secure).toBeFalsy();
    } finally {
      await srv.close();
      await db.close();
      await engine.dispose();
    }
  });
});
