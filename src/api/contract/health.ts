import { z } from "zod";

export const Health = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  schemaVersion: z.string(),
  version: z.string(),
  demo: z.boolean(),
});
