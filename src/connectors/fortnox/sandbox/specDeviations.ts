/**
 * Where the sandbox deliberately answers differently from the official OpenAPI spec, because the spec is
 * known to be wrong about the live API (reference §7 "Spec caveats"). This is the one place: the spec
 * test applies exactly these changes to the spec's schemas before validating, nothing else.
 */
type Schemas = Record<string, { properties?: Record<string, unknown>; [k: string]: unknown }>;
type Responses = Record<string, { content?: Record<string, { schema: unknown }> }>;
export interface SpecDocument {
  readonly paths: Record<string, Record<string, { responses: Responses }>>;
  readonly components: { readonly schemas: Schemas };
}

export interface SpecDeviation {
  readonly what: string;
  readonly reason: string;
  readonly apply: (spec: SpecDocument) => void;
}

/** Replaces the JSON schema of one documented answer. */
function answer(spec: SpecDocument, path: string, method: string, status: string, schema: unknown) {
  const content = spec.paths[path]?.[method]?.responses[status]?.content;
  if (!content?.["application/json"]) throw new Error(`spec deviation: no ${method} ${path} ${status}`);
  content["application/json"].schema = schema;
}

const LIST_WRAPPERS = [
  "fortnox_FinancialYear_WrapList",
  "fortnox_AccountListItem_Wrap",
  "fortnox_VoucherSeriesListItem_List",
  "fortnox_VoucherListItem_List",
  "fortnox_SupplierListItem_List",
  "fortnox_CustomerListItem_List",
  "fortnox_ArticleListItem_List",
  "fortnox_Unit_List",
  "fortnox_ProjectListItem_List",
  "fortnox_CostCenter_List",
  "fortnox_SupplierInvoiceListItem_Wrap",
  "fortnox_InvoiceListItem_Wrap",
  "fortnox_InvoicePaymentListItem_List",
  "fortnox_SupplierInvoicePaymentListItem_List",
  "fortnox_VoucherFileConnection_List",
  "fortnox_SupplierInvoiceFileConnection_List",
];

const prop = (schemas: Schemas, schema: string, name: string, value: unknown) => {
  const s = schemas[schema];
  if (!s?.properties) throw new Error(`spec deviation: no schema ${schema}`);
  s.properties[name] = value;
};

export const SPEC_DEVIATIONS: readonly SpecDeviation[] = [
  {
    what: "List answers carry MetaInformation beside the plural key",
    reason: "Most list schemas omit it, real responses include it (reference §3.1, §7).",
    apply: ({ components: { schemas: s } }) => {
      for (const w of LIST_WRAPPERS)
        prop(s, w, "MetaInformation", { $ref: "#/components/schemas/fortnox_MetaInformation" });
    },
  },
  {
    what: "Account VATCode may be null",
    reason: 'A captured live account list has "VATCode": null (reference §3.1, pyfortnox #71).',
    apply: ({ components: { schemas: s } }) =>
      prop(s, "fortnox_AccountListItem", "VATCode", { type: "string", nullable: true }),
  },
  {
    what: "VoucherFileConnection carries Name",
    reason: "Undocumented but returned (reference §5.7).",
    apply: ({ components: { schemas: s } }) =>
      prop(s, "fortnox_VoucherFileConnection", "Name", { type: "string" }),
  },
  {
    what: 'Blank text fields are "" even where the OAS sets minLength 1',
    reason: "Empty strings are common instead of null in live answers (reference §5, general conventions).",
    apply: ({ components: { schemas: s } }) => {
      for (const [name, schema] of Object.entries(s)) {
        if (!name.startsWith("fortnox_")) continue;
        for (const p of Object.values(schema.properties ?? {}) as { minLength?: number }[]) {
          if (p.minLength === 1) delete p.minLength;
        }
      }
    },
  },
  {
    what: "ErrorInformation keys are lower case (error, message, code)",
    reason: "The docs' documented form; the OAS capitalises them and live answers vary (reference §4).",
    apply: ({ components: { schemas: s } }) => {
      prop(s, "fortnox_ErrorInformationWrap_ErrorInformation", "error", { type: "integer" });
      prop(s, "fortnox_ErrorInformationWrap_ErrorInformation", "message", { type: "string" });
      prop(s, "fortnox_ErrorInformationWrap_ErrorInformation", "code", { type: "integer" });
    },
  },
  {
    what: "The attachments API answers GET and POST with an array of attachments",
    reason:
      "The OAS gives a single Attachment although it describes 'A list of attachments' (reference §5.7).",
    apply: (spec) => {
      const list = { type: "array", items: { $ref: "#/components/schemas/fileattachments_Attachment" } };
      answer(spec, "/api/fileattachments/attachments-v1", "get", "200", list);
      answer(spec, "/api/fileattachments/attachments-v1", "post", "201", list);
    },
  },
];

/** Answers checked outside the spec's schemas, with the reason. */
export const UNSPECIFIED_ANSWERS = [
  {
    what: "GET /3/sie/{Type} answers 200 with a CP437 file",
    reason: "The OAS says 204 with no body; the file is the whole point (reference §5.5).",
  },
  {
    what: '401 and 429 answer a bare {"message": …}',
    reason:
      "Gateway-level answers; the 429 body is UNCONFIRMED (reference §2, §4); README records the choice.",
  },
] as const;
