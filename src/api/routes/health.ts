import type { AppContext } from "../../app/context.js";
import { schemaVersion } from "../../store/migrate.js";
import { Health } from "../contract/index.js";
import type { Api } from "../types.js";

export const VERSION = "0.1.0";

export function healthRoutes(app: Api, ctx: AppContext): void {
  app.get(
    "/health",
    { schema: { tags: ["system"], summary: "Liveness and database check", response: { 200: Health } } },
    async () => ({
      status: "ok" as const,
      database: ctx.db.kind,
      schemaVersion: await schemaVersion(ctx.db),
      version: VERSION,
      demo: ctx.demo,
    }),
  );
}
