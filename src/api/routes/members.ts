import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { createInvitation, deleteInvitation, listOpenInvitations } from "../../store/repos/invitations.js";
import {
  addMember,
  countOwners,
  getMember,
  listMembers,
  removeMember,
  setRole,
} from "../../store/repos/memberships.js";
import { findUserByEmail } from "../../store/repos/users.js";
import {
  AddMemberRequest,
  AddMemberResponse,
  CompanyParams,
  Invitation,
  InvitationParams,
  Member,
  MemberParams,
  UpdateMemberRequest,
} from "../contract/index.js";
import { atLeast, companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";

export function memberRoutes(app: Api, ctx: AppContext): void {
  const tags = ["members"];
  const base = "/api/companies/:companyId";

  app.get(
    `${base}/members`,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(Member) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return listMembers(ctx.db, req.params.companyId);
    },
  );

  app.post(
    `${base}/members`,
    { schema: { tags, params: CompanyParams, body: AddMemberRequest, response: { 200: AddMemberResponse } } },
    async (req) => {
      const access = await companyAccess(ctx, req, req.params.companyId, "admin", "add members");
      if (req.body.role === "owner" && access.role !== "owner")
        fail("forbidden_role", { role: access.role, action: "make owners" });
      const existing = await findUserByEmail(ctx.db, req.body.email);
      if (existing)
        return { member: await addMember(ctx.db, req.params.companyId, existing.id, req.body.role) };
      const { invitation, token } = await createInvitation(ctx.db, {
        companyId: req.params.companyId,
        email: req.body.email,
        role: req.body.role,
        invitedBy: access.userId,
      });
      return { invitation: { ...invitation, url: `${ctx.publicUrl}/invite/${token}` } };
    },
  );

  app.patch(
    `${base}/members/:userId`,
    { schema: { tags, params: MemberParams, body: UpdateMemberRequest, response: { 200: Member } } },
    async (req) => {
      const { companyId, userId } = req.params;
      const access = await companyAccess(ctx, req, companyId, "admin", "change roles");
      const target = (await getMember(ctx.db, companyId, userId)) ?? fail("not_found", { entity: "member" });
      const touchesOwner = target.role === "owner" || req.body.role === "owner";
      if (touchesOwner && !atLeast(access.role, "owner"))
        fail("forbidden_role", { role: access.role, action: "change owners" });
      return ctx.db.transaction(async (tx) => {
        await setRole(tx, companyId, userId, req.body.role);
        if ((await countOwners(tx, companyId)) === 0) fail("last_owner");
        return (await getMember(tx, companyId, userId))!;
      });
    },
  );

  app.delete(`${base}/members/:userId`, { schema: { tags, params: MemberParams } }, async (req, reply) => {
    const { companyId, userId } = req.params;
    const access = await companyAccess(ctx, req, companyId, "admin", "remove members");
    const target = (await getMember(ctx.db, companyId, userId)) ?? fail("not_found", { entity: "member" });
    if (target.role === "owner" && access.role !== "owner")
      fail("forbidden_role", { role: access.role, action: "remove owners" });
    await ctx.db.transaction(async (tx) => {
      await removeMember(tx, companyId, userId);
      if ((await countOwners(tx, companyId)) === 0) fail("last_owner");
    });
    return reply.code(204).send();
  });

  app.get(
    `${base}/invitations`,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(Invitation) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "see invitations");
      return listOpenInvitations(ctx.db, req.params.companyId);
    },
  );

  app.delete(
    `${base}/invitations/:invitationId`,
    { schema: { tags, params: InvitationParams } },
    async (req, reply) => {
      await companyAccess(ctx, req, req.params.companyId, "admin", "withdraw invitations");
      if (!(await deleteInvitation(ctx.db, req.params.companyId, req.params.invitationId))) {
        fail("not_found", { entity: "invitation" });
      }
      return reply.code(204).send();
    },
  );
}
