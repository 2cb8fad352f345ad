import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { getCompany } from "../../store/repos/companies.js";
import { findOpenInvitation, markAccepted } from "../../store/repos/invitations.js";
import { addMember } from "../../store/repos/memberships.js";
import { createUser, findUserByEmail } from "../../store/repos/users.js";
import { hashPassword } from "../../store/security/passwords.js";
import { AcceptInviteRequest, InviteInfo, Session } from "../contract/index.js";
import type { Api } from "../types.js";
import { checkPasswordStrength } from "./auth.js";
import { startSession } from "./session.js";

const TokenParams = z.object({ token: z.string().min(10).max(200) }).strict();

/** The public side of an invitation: whoever holds the link sets their name and password once. */
export function invitationRoutes(app: Api, ctx: AppContext): void {
  const tags = ["members"];
  app.get(
    "/api/invitations/:token",
    { schema: { tags, params: TokenParams, response: { 200: InviteInfo } } },
    async (req) => {
      const inv =
        (await findOpenInvitation(ctx.db, req.params.token)) ?? fail("not_found", { entity: "invitation" });
      const company =
        (await getCompany(ctx.db, inv.companyId)) ?? fail("not_found", { entity: "invitation" });
      return { email: inv.email, companyName: company.name, role: inv.role, expiresAt: inv.expiresAt };
    },
  );

  app.post(
    "/api/invitations/:token/accept",
    { schema: { tags, params: TokenParams, body: AcceptInviteRequest, response: { 200: Session } } },
    async (req, reply) => {
      checkPasswordStrength(req.body.password);
      const passwordHash = await hashPassword(req.body.password);
      const user = await ctx.db.transaction(async (tx) => {
        const inv =
          (await findOpenInvitation(tx, req.params.token)) ?? fail("not_found", { entity: "invitation" });
        if (!(await markAccepted(tx, inv.id))) fail("not_found", { entity: "invitation" });
        if (await findUserByEmail(tx, inv.email)) fail("email_taken", { email: inv.email });
        const u = await createUser(tx, { email: inv.email, name: req.body.name, passwordHash });
        await addMember(tx, inv.companyId, u.id, inv.role);
        return u;
      });
      return startSession(ctx, req, reply, user);
    },
  );
}
