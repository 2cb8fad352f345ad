import type { AppContext } from "../../app/context.js";
import { AppException, appError, fail } from "../../core/index.js";
import { createCompany, shareDemoCompaniesWithAdmins } from "../../store/repos/companies.js";
import { deleteSession } from "../../store/repos/sessions.js";
import { countUsers, createUser, findUserByEmail, getUser } from "../../store/repos/users.js";
import {
  dummyHash,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from "../../store/security/passwords.js";
import { clearSessionCookie } from "../auth/cookies.js";
import { loginBlockedFor, noteFailure, noteSuccess } from "../auth/loginLimiter.js";
import { requireUser } from "../auth/principal.js";
import { LoginRequest, Session, SetupRequest, SetupStatus } from "../contract/index.js";
import type { Api } from "../types.js";
import { sessionBody, startSession } from "./session.js";

export function checkPasswordStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) fail("weak_password", { min: MIN_PASSWORD_LENGTH });
}

export function authRoutes(app: Api, ctx: AppContext): void {
  const tags = ["auth"];
  app.get("/api/setup", { schema: { tags, response: { 200: SetupStatus } } }, async () => ({
    needed: (await countUsers(ctx.db)) === 0,
  }));

  app.post(
    "/api/setup",
    { schema: { tags, body: SetupRequest, response: { 200: Session } } },
    async (req, reply) => {
      checkPasswordStrength(req.body.password);
      const passwordHash = await hashPassword(req.body.password);
      const user = await ctx.db.transaction(async (tx) => {
        // Serialised so two first-run submissions cannot both create an administrator.
        await tx.query("LOCK TABLE users IN EXCLUSIVE MODE");
        if ((await countUsers(tx)) > 0) fail("setup_already_done");
        const u = await createUser(tx, {
          email: req.body.email,
          name: req.body.name,
          passwordHash,
          isAdmin: true,
        });
        await createCompany(tx, { name: req.body.companyName, ownerId: u.id });
        await shareDemoCompaniesWithAdmins(tx);
        return u;
      });
      return startSession(ctx, req, reply, user);
    },
  );

  app.post(
    "/api/auth/login",
    { schema: { tags, body: LoginRequest, response: { 200: Session } } },
    async (req, reply) => {
      const { email, password } = req.body;
      const wait = await loginBlockedFor(ctx.db, email, req.ip);
      if (wait > 0) {
        reply.header("retry-after", String(wait));
        throw new AppException(appError("login_rate_limited", { retryAfter: wait }));
      }
      const found = await findUserByEmail(ctx.db, email);
      const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
      if (!found?.passwordHash || !ok) {
        if ((await countUsers(ctx.db)) === 0) fail("setup_required");
        await noteFailure(ctx.db, email, req.ip);
        fail("invalid_credentials");
      }
      await noteSuccess(ctx.db, email);
      return startSession(ctx, req, reply, found);
    },
  );

  app.post("/api/auth/logout", { schema: { tags } }, async (req, reply) => {
    const p = req.principal;
    if (p?.kind === "user") await deleteSession(ctx.db, p.sessionToken);
    clearSessionCookie(req, reply);
    return reply.code(204).send();
  });

  app.get("/api/session", { schema: { tags, response: { 200: Session } } }, async (req) => {
    const p = requireUser(req);
    const user = (await getUser(ctx.db, p.user.id)) ?? fail("unauthenticated");
    return sessionBody(ctx, user, p.csrfToken);
  });
}
