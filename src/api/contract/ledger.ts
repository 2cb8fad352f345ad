import { z } from "zod";
import { Instant, PageQuery, Uuid } from "./common.js";

/** Exact decimal string, e.g. "-1234.50". */
export const Amount = z.string().regex(/^-?\d+\.\d{2}$/);
export const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const FiscalYear = z.object({
  id: Uuid,
  start: DateString,
  end: DateString,
  currency: z.string(),
  /** Where the ledger of this year came from: an uploaded SIE file, or Fortnox. */
  source: z.enum(["sie", "fortnox"]),
  sourceName: z.string().nullable(),
  connectionId: Uuid.nullable(),
  importedAt: Instant,
  voucherCount: z.number().int(),
  rowCount: z.number().int(),
});
export type FiscalYear = z.infer<typeof FiscalYear>;

export const Diagnostic = z.object({
  line: z.number().int(),
  code: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});

export const SieSummary = z.object({
  encoding: z.string(),
  sieType: z.string(),
  program: z.object({ name: z.string(), version: z.string() }),
  company: z.object({ name: z.string(), orgNumber: z.string() }),
  fiscalYears: z.array(z.object({ index: z.number().int(), start: DateString, end: DateString })),
  counts: z.object({
    accounts: z.number().int(),
    vouchers: z.number().int(),
    transactions: z.number().int(),
  }),
  totals: z.object({ debit: z.string(), credit: z.string() }),
  checksum: z.enum(["valid", "invalid", "absent"]),
  errors: z.array(Diagnostic),
  warnings: z.array(Diagnostic),
});

/** Answer of the inspect step: what the file holds, and whether importing it would replace a year. */
export const SieInspection = z.object({
  summary: SieSummary,
  /** The year already in the ledger that the file's year 0 would replace, if any. */
  existingYear: FiscalYear.nullable(),
});

export const SieImportQuery = z
  .object({
    replace: z.enum(["true", "false"]).default("false"),
    name: z.string().max(255).default("upload.se"),
  })
  .strict();

export const SieImportResult = z.object({
  fiscalYear: FiscalYear,
  replaced: z.boolean(),
  counts: z.object({ vouchers: z.number().int(), rows: z.number().int(), accounts: z.number().int() }),
  summary: SieSummary,
});

export const YearParams = z.object({ companyId: Uuid, yearId: Uuid }).strict();
export const AccountParams = z
  .object({ companyId: Uuid, yearId: Uuid, account: z.string().regex(/^\d{1,10}$/) })
  .strict();
export const VoucherParams = z.object({ companyId: Uuid, voucherId: Uuid }).strict();

export const ReportQuery = z
  .object({
    from: DateString.optional(),
    to: DateString.optional(),
    costCenter: z.string().max(50).optional(),
    project: z.string().max(50).optional(),
  })
  .strict();

export const TrialBalanceLine = z.object({
  account: z.string(),
  name: z.string(),
  opening: Amount,
  movement: Amount,
  closing: Amount,
});

export const StatementGroup = z.object({
  key: z.string(),
  name: z.string(),
  amount: Amount,
  accounts: z.array(z.object({ account: z.string(), name: z.string(), amount: Amount })),
});
export const IncomeStatement = z.object({ groups: z.array(StatementGroup), result: Amount });
export const BalanceSheet = z.object({
  assets: z.array(StatementGroup),
  equityAndLiabilities: z.array(StatementGroup),
  totalAssets: Amount,
  totalEquityAndLiabilities: Amount,
  result: Amount,
});
export const MonthlyResult = z.array(z.object({ month: z.string(), result: Amount }));

export const AccountTransactionsQuery = z
  .object({
    from: DateString.optional(),
    to: DateString.optional(),
    costCenter: z.string().max(50).optional(),
    project: z.string().max(50).optional(),
    ...PageQuery,
  })
  .strict();
export const AccountTransactions = z.object({
  account: z.string(),
  name: z.string(),
  opening: Amount,
  movement: Amount,
  closing: Amount,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      voucherId: Uuid,
      series: z.string(),
      number: z.string(),
      date: DateString,
      voucherText: z.string(),
      text: z.string().nullable(),
      amount: Amount,
      costCenter: z.string().nullable(),
      project: z.string().nullable(),
    }),
  ),
});

export const VoucherDetail = z.object({
  id: Uuid,
  fiscalYearId: Uuid,
  series: z.string(),
  /** The series' name in the connected system (e.g. "Leverantörsfakturor"); null for uploaded files. */
  seriesName: z.string().nullable(),
  number: z.string(),
  date: DateString,
  text: z.string(),
  registrationDate: DateString.nullable(),
  signature: z.string().nullable(),
  rows: z.array(
    z.object({
      kind: z.enum(["trans", "added", "removed"]),
      account: z.string(),
      name: z.string(),
      amount: Amount,
      date: DateString,
      text: z.string().nullable(),
      costCenter: z.string().nullable(),
      project: z.string().nullable(),
      quantity: z.string().nullable(),
    }),
  ),
  /** Files behind the voucher; `fetched` is false while the bytes are still on their way (opening fetches them). */
  documents: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      /** Connected to the voucher itself, and/or to the supplier invoice or invoice (its number) it books. */
      attachedTo: z.array(
        z.object({ via: z.enum(["voucher", "supplier_invoice", "sales_invoice"]), ref: z.string() }),
      ),
      contentType: z.string().nullable(),
      size: z.number().int().nullable(),
      fetched: z.boolean(),
      lastError: z.string().nullable(),
    }),
  ),
});

export const DocumentParams = z.object({ companyId: Uuid, documentId: Uuid }).strict();

export const LedgerObjects = z.object({
  costCenters: z.array(z.object({ code: z.string(), name: z.string() })),
  projects: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const PartiesQuery = z
  .object({
    kind: z.enum(["supplier", "customer"]),
    /** Part of the number, the name or the organisation number. */
    q: z.string().max(100).optional(),
    ...PageQuery,
  })
  .strict();
export const PartyList = z.object({
  items: z.array(
    z.object({
      kind: z.enum(["supplier", "customer"]),
      externalId: z.string(),
      number: z.string(),
      name: z.string(),
      orgNumber: z.string().nullable(),
      active: z.boolean(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
