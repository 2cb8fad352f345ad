/** GET /3/sie/{Type}?financialyear=Id: a streamed CP437 file (reference §5.5; the OAS's 204 is wrong). */
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { formatStockholm } from "../../stockholmTime.js";
import { yearBalances } from "../balances.js";
import type { SandboxContext } from "../context.js";
import { sieChunks } from "../sieExport.js";
import { FxError, invalidParameter, query } from "../wire.js";
import { yearOf } from "../years.js";

export function registerSieRoutes(app: FastifyInstance, ctx: SandboxContext) {
  app.get("/3/sie/:type", { config: { scope: "bookkeeping" } }, async (req, reply) => {
    const type = Number((req.params as { type: string }).type);
    if (![1, 2, 3, 4].includes(type)) throw new FxError(400, 2000588, "Ogiltig parameter i anropet. (Type)");
    const t = req.fx.tenant;
    const q = query(req);
    const y = yearOf(t, q, ctx.now());
    for (const d of [q.fromdate, q.todate])
      if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw invalidParameter("date");
    const balances = await yearBalances(t, y.fyId, ctx.balanceCache);
    const request = {
      fyId: y.fyId,
      type,
      today: formatStockholm(ctx.now()).slice(0, 10),
      ...(q.fromdate ? { fromDate: q.fromdate } : {}),
      ...(q.todate ? { toDate: q.todate } : {}),
    };
    const body = Readable.from(sieChunks(t, request, balances));
    return reply
      .type("application/octet-stream")
      .header("content-disposition", `attachment; filename="${t.company.databaseNumber}_SIE${type}.se"`)
      .send(body);
  });
}
