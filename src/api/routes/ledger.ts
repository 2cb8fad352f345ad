import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { fail } from "../../core/index.js";
import { accountTransactions, voucherDetail } from "../../flows/ledger/drilldown.js";
import { exportSie } from "../../flows/ledger/exportSie.js";
import { importSie } from "../../flows/ledger/importSie.js";
import {
  balanceSheet,
  incomeStatement,
  monthlyResult,
  trialBalance,
  yearOrFail,
} from "../../flows/ledger/reports.js";
import { inspectSie } from "../../sie/index.js";
import { getFiscalYear, listFiscalYears, overlappingYears } from "../../store/repos/ledger/fiscalYears.js";
import { costCentersAndProjects } from "../../store/repos/ledger/objects.js";
import {
  AccountParams,
  AccountTransactions,
  AccountTransactionsQuery,
  BalanceSheet,
  CompanyParams,
  FiscalYear,
  IncomeStatement,
  LedgerObjects,
  MonthlyResult,
  ReportQuery,
  SieImportQuery,
  SieImportResult,
  SieInspection,
  TrialBalanceLine,
  VoucherDetail,
  VoucherParams,
  YearParams,
} from "../contract/index.js";
import { companyAccess } from "../tenancy.js";
import type { Api } from "../types.js";
import { trialBalanceCsv } from "./ledgerCsv.js";

/** SIE uploads are streamed, never buffered whole; this is the most we read. */
export const MAX_SIE_BYTES = 1024 * 1024 * 1024;

/** The upload's byte stream; any other content type than application/octet-stream is refused. */
function uploaded(req: { body: unknown; headers: IncomingMessage["headers"] }): AsyncGenerator<Uint8Array> {
  if (!(req.body instanceof Readable)) {
    fail("unsupported_media_type", {
      contentType: `${req.headers["content-type"] ?? "(none)"} (send the file as application/octet-stream)`,
    });
  }
  return limited(req.body as IncomingMessage);
}

async function* limited(stream: IncomingMessage): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_SIE_BYTES) fail("body_too_large", { limit: MAX_SIE_BYTES });
    yield chunk;
  }
}

const upload = { schema: { consumes: ["application/octet-stream"] } };

export function ledgerRoutes(app: Api, ctx: AppContext): void {
  const tags = ["ledger"];
  const base = "/api/companies/:companyId";
  app.addContentTypeParser("application/octet-stream", (_req, payload, done) => done(null, payload));

  app.get(
    `${base}/fiscal-years`,
    { schema: { tags, params: CompanyParams, response: { 200: z.array(FiscalYear) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return (await listFiscalYears(ctx.db, req.params.companyId)).map(
        ({ companyId: _c, externalId: _e, ...y }) => y,
      );
    },
  );

  app.post(
    `${base}/ledger/sie/inspect`,
    { schema: { ...upload.schema, tags, params: CompanyParams, response: { 200: SieInspection } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId, "member", "upload SIE files");
      const summary = await inspectSie(uploaded(req));
      const y0 = summary.fiscalYears.find((y) => y.index === 0);
      const [existing] = y0 ? await overlappingYears(ctx.db, req.params.companyId, y0.start, y0.end) : [];
      const existingYear = existing ? (({ companyId: _c, externalId: _e, ...y }) => y)(existing) : null;
      return { summary, existingYear };
    },
  );

  app.post(
    `${base}/ledger/sie`,
    {
      schema: {
        ...upload.schema,
        tags,
        params: CompanyParams,
        querystring: SieImportQuery,
        response: { 200: SieImportResult },
      },
    },
    async (req) => {
      const access = await companyAccess(ctx, req, req.params.companyId, "admin", "import SIE files");
      const r = await importSie(ctx.db, {
        companyId: req.params.companyId,
        source: uploaded(req),
        sourceName: req.query.name,
        replace: req.query.replace === "true",
        userId: access.userId,
      });
      ctx.log.info(
        { companyId: req.params.companyId, fiscalYearId: r.fiscalYearId, replaced: r.replaced },
        "SIE file imported",
      );
      const {
        companyId: _c,
        externalId: _e,
        ...fiscalYear
      } = (await getFiscalYear(ctx.db, req.params.companyId, r.fiscalYearId))!;
      return { fiscalYear, replaced: r.replaced, counts: r.counts, summary: r.summary };
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/sie`,
    { schema: { tags, params: YearParams } },
    async (req, reply) => {
      await companyAccess(ctx, req, req.params.companyId);
      const y = await yearOrFail(ctx.db, req.params.companyId, req.params.yearId);
      reply.header("content-type", "application/octet-stream");
      reply.header("content-disposition", `attachment; filename="sie4-${y.start.slice(0, 4)}.se"`);
      return reply.send(Readable.from(exportSie(ctx.db, req.params.companyId, y)));
    },
  );

  const report = { tags, params: YearParams, querystring: ReportQuery };
  app.get(
    `${base}/fiscal-years/:yearId/reports/trial-balance`,
    { schema: { ...report, response: { 200: z.array(TrialBalanceLine) } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return trialBalance(
        ctx.db,
        await yearOrFail(ctx.db, req.params.companyId, req.params.yearId),
        req.query,
      );
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/reports/trial-balance.csv`,
    { schema: report },
    async (req, reply) => {
      await companyAccess(ctx, req, req.params.companyId);
      const y = await yearOrFail(ctx.db, req.params.companyId, req.params.yearId);
      reply.header("content-disposition", `attachment; filename="trial-balance-${y.start.slice(0, 4)}.csv"`);
      return reply
        .type("text/csv; charset=utf-8")
        .send(trialBalanceCsv(await trialBalance(ctx.db, y, req.query)));
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/reports/income-statement`,
    { schema: { ...report, response: { 200: IncomeStatement } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return incomeStatement(
        ctx.db,
        await yearOrFail(ctx.db, req.params.companyId, req.params.yearId),
        req.query,
      );
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/reports/balance-sheet`,
    { schema: { ...report, response: { 200: BalanceSheet } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return balanceSheet(
        ctx.db,
        await yearOrFail(ctx.db, req.params.companyId, req.params.yearId),
        req.query,
      );
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/reports/monthly-result`,
    { schema: { ...report, response: { 200: MonthlyResult } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return monthlyResult(
        ctx.db,
        await yearOrFail(ctx.db, req.params.companyId, req.params.yearId),
        req.query,
      );
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/objects`,
    { schema: { tags, params: YearParams, response: { 200: LedgerObjects } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const y = await yearOrFail(ctx.db, req.params.companyId, req.params.yearId);
      return costCentersAndProjects(ctx.db, y.id);
    },
  );

  app.get(
    `${base}/fiscal-years/:yearId/accounts/:account/transactions`,
    {
      schema: {
        tags,
        params: AccountParams,
        querystring: AccountTransactionsQuery,
        response: { 200: AccountTransactions },
      },
    },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      const y = await yearOrFail(ctx.db, req.params.companyId, req.params.yearId);
      return accountTransactions(ctx.db, y, req.params.account, req.query);
    },
  );

  app.get(
    `${base}/vouchers/:voucherId`,
    { schema: { tags, params: VoucherParams, response: { 200: VoucherDetail } } },
    async (req) => {
      await companyAccess(ctx, req, req.params.companyId);
      return voucherDetail(ctx.db, req.params.companyId, req.params.voucherId);
    },
  );
}
