/**
 * Every answer of every implemented sandbox endpoint, validated against the official OpenAPI spec's
 * schemas. Stricter than the spec itself: object schemas are closed (no property the spec does not
 * name), so a misspelt field fails. The only departures are SPEC_DEVIATIONS, each with its reason.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../test/harness.js";
import { authorizeInSandbox } from "./consentDriver.js";
import { type FortnoxSandbox, startFortnoxSandbox } from "./index.js";
import { SPEC_DEVIATIONS } from "./specDeviations.js";

type Spec = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};

// CI clones the repository with shared/ beside it: ../shared from the repository root.
const SPEC_PATH = fileURLToPath(
  new URL("../../../../../shared/reference/fortnox/openapi.json", import.meta.url),
);

function closeObjects(schemas: Spec["components"]["schemas"]) {
  for (const [name, s] of Object.entries(schemas)) {
    if (/^(fortnox|fileattachments)_/.test(name) && s.properties && s.additionalProperties === undefined)
      s.additionalProperties = false;
  }
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
let spec: Spec;
let ajv: Ajv;
let sb: FortnoxSandbox;
let token: string;
const checked = new Set<string>();

function templateOf(path: string): string {
  const match = Object.keys(spec.paths).find((t) =>
    new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
  if (!match) throw new Error(`no spec path for ${path}`);
  return match;
}

async function call(method: string, url: string, body?: unknown, form?: FormData) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const payload = form ?? (body === undefined ? undefined : JSON.stringify(body));
  const res = await fetch(sb.url + url, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function expectValid(method: string, url: string, status: number, body?: unknown, form?: FormData) {
  const res = await call(method, url, body, form);
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const template = templateOf(url.split("?")[0]!);
  const responses = spec.paths[template]![method.toLowerCase()]!.responses;
  const schema = (responses[String(status)] ?? responses.default)?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`the spec has no JSON schema for ${method} ${template} ${status}`);
  const validate = ajv.compile({
    $ref: `spec#/paths/${template.replaceAll("/", "~1")}/${method.toLowerCase()}/responses/${responses[String(status)] ? status : "default"}/content/application~1json/schema`,
  });
  const valid = validate(res.json);
  const problems = (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
  );
  expect(valid, `${method} ${url}: ${problems.join("; ")}`).toBe(true);
  checked.add(`${method} ${template} ${status}`);
  return res.json;
}

beforeAll(async () => {
  spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as Spec;
  closeObjects(spec.components.schemas);
  for (const d of SPEC_DEVIATIONS) d.apply(spec);
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, "spec");
  sb = await startFortnoxSandbox({ seed: 21, vouchersPerYear: 200, currentYear: 2025, rateLimit: false });
  token = (await authorizeInSandbox(sb, { username: "admin", scopes: ALL_SCOPES })).accessToken;
});
afterAll(() => sb.close());

describe("sandbox answers against the official OpenAPI spec", () => {
  it("read endpoints", async () => {
    await expectValid("GET", "/3/companyinformation", 200);
    await expectValid("GET", "/3/financialyears", 200);
    await expectValid("GET", "/3/financialyears/1", 200);
    await expectValid("GET", "/3/accounts?financialyear=1", 200);
    await expectValid("GET", "/3/voucherseries?financialyear=1", 200);
    await expectValid("GET", "/3/vouchers?financialyear=2&limit=50", 200);
    await expectValid("GET", "/3/vouchers/A/37?financialyear=1", 200);
    for (const [list, one] of [
      ["suppliers", "1"],
      ["customers", "1"],
      ["articles", "101"],
      ["units", "tim"],
      ["projects", "1001"],
      ["costcenters", "100"],
      ["supplierinvoices", "1"],
      ["invoices", "1"],
      ["invoicepayments", "1"],
      ["supplierinvoicepayments", "1"],
    ] as const) {
      await expectValid("GET", `/3/${list}`, 200);
      await expectValid("GET", `/3/${list}/${one}`, 200);
    }
    const vfc = (await expectValid("GET", "/3/voucherfileconnections", 200)).VoucherFileConnections as {
      FileId: string;
    }[];
    await expectValid("GET", `/3/voucherfileconnections/${vfc[0]!.FileId}`, 200);
    const sfc = (await expectValid("GET", "/3/supplierinvoicefileconnections", 200))
      .SupplierInvoiceFileConnections as { FileId: string }[];
    await expectValid("GET", `/3/supplierinvoicefileconnections/${sfc[0]!.FileId}`, 200);
    await expectValid("GET", "/3/archive", 200);
    await expectValid("GET", "/3/archive?path=Leverantörsfakturor%202024", 200);
    await expectValid("GET", "/3/inbox", 200);
    await expectValid("GET", "/api/fileattachments/attachments-v1?entityid=1&entitytype=F", 200);
  });

  it("write endpoints", async () => {
    await expectValid("POST", "/3/customers", 201, { Customer: { Name: "Öresund Måleri AB" } });
    await expectValid("POST", "/3/units", 201, { Unit: { Code: "pall", Description: "Pall" } });
    await expectValid("POST", "/3/articles", 201, {
      Article: { Description: "Spackel", Unit: "st", SalesPrice: 89.5 },
    });
    await expectValid("POST", "/3/projects", 201, { Project: { Description: "Fönsterbyte Åre" } });
    const inv = (
      await expectValid("POST", "/3/invoices", 201, {
        Invoice: {
          CustomerNumber: "2",
          InvoiceDate: "2025-03-03",
          InvoiceRows: [{ ArticleNumber: "102", DeliveredQuantity: "4" }],
        },
      })
    ).Invoice as { DocumentNumber: string };
    await expectValid("PUT", `/3/invoices/${inv.DocumentNumber}/bookkeep`, 200);
    const si = (
      await expectValid("POST", "/3/supplierinvoices", 201, {
        SupplierInvoice: {
          SupplierNumber: "2",
          InvoiceNumber: "77",
          InvoiceDate: "2025-02-02",
          SupplierInvoiceRows: [{ Account: 6110, Debit: 400 }],
        },
      })
    ).SupplierInvoice as { GivenNumber: string };
    await expectValid("PUT", `/3/supplierinvoices/${si.GivenNumber}/bookkeep`, 200);
    const upload = async (area: string, q: string) => {
      const form = new FormData();
      form.set(
        "file",
        new Blob([new Uint8Array([37, 80, 68, 70])], { type: "application/pdf" }),
        "kvitto.pdf",
      );
      return ((await expectValid("POST", `/3/${area}?${q}`, 201, undefined, form)).File as { Id: string }).Id;
    };
    const a = await upload("inbox", "folderId=inbox_v");
    const b = await upload("archive", "path=Leverantörsfakturor%202025");
    await expectValid("POST", "/3/voucherfileconnections?financialyeardate=2025-01-01", 201, {
      VoucherFileConnection: { FileId: a, VoucherSeries: "A", VoucherNumber: "3" },
    });
    const archived = (await call("GET", "/3/archive?path=Fakturaunderlag")).json.Folder as {
      Files: { ArchiveFileId: string }[];
    };
    await expectValid("POST", "/api/fileattachments/attachments-v1", 201, [
      {
        entityId: Number(inv.DocumentNumber),
        entityType: "F",
        fileId: archived.Files[0]!.ArchiveFileId,
        includeOnSend: false,
      },
    ]);
    await expectValid("POST", "/3/supplierinvoicefileconnections", 201, {
      SupplierInvoiceFileConnection: { FileId: b, SupplierInvoiceNumber: si.GivenNumber },
    });
  });

  it("error answers use the ErrorInformation envelope", async () => {
    await expectValid("GET", "/3/customers/nosuch", 404);
    await expectValid("POST", "/3/articles", 400, {
      Article: { ArticleNumber: "101", Description: "Dubblett" },
    });
    await expectValid("GET", "/3/vouchers?financialyear=99", 404);
    await expectValid("GET", "/3/vouchers?limit=abc", 400);
    const pdf = await fetch(`${sb.url}/3/companyinformation`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
    });
    expect(pdf.status).toBe(406);
    expect(await pdf.json()).toEqual({
      ErrorInformation: { error: 1, message: "Invalid response type", code: 1000030 },
    });
  });

  it("the SIE export is CP437 with #FORMAT PC8 and CRLF lines (its 204 in the spec is wrong)", async () => {
    const res = await fetch(`${sb.url}/3/sie/4?financialyear=3`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    const head = bytes.subarray(0, 200).toString("latin1");
    expect(head).toMatch(/^#FLAGGA 0\r\n/);
    expect(head).toContain("\r\n#FORMAT PC8\r\n");
    expect(head).toContain("\r\n#SIETYP 4\r\n");
    // "Fjällbackens" in CP437: ä is 0x84.
    expect(bytes.includes(Buffer.from([0x46, 0x6a, 0x84, 0x6c, 0x6c]))).toBe(true);
  });

  it("covered every implemented endpoint", () => {
    expect(checked.size).toBeGreaterThanOrEqual(45);
  });
});
