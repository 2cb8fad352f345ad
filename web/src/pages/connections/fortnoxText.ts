/** What Fortnox's scopes and the hub's features mean, in words a finance person reads. */

/** The scopes in groups a reader recognises; a scope not listed here is still shown, by its name. */
export const SCOPE_GROUPS: ReadonlyArray<{ title: string; detail: string; scopes: readonly string[] }> = [
  {
    title: "Company information",
    detail: "name, organisation number and database number, to confirm which company is connected",
    scopes: ["companyinformation"],
  },
  { title: "Bookkeeping", detail: "vouchers, accounts and fiscal years", scopes: ["bookkeeping"] },
  {
    title: "Suppliers and supplier invoices",
    detail: "the supplier register and its invoices",
    scopes: ["supplier", "supplierinvoice"],
  },
  {
    title: "Customers and customer invoices",
    detail: "the customer register and its invoices",
    scopes: ["customer", "invoice"],
  },
  { title: "Payments", detail: "payments of customer and supplier invoices", scopes: ["payment"] },
  { title: "Articles", detail: "products and services on invoices", scopes: ["article"] },
  {
    title: "Settings",
    detail: "company settings such as voucher series and predefined accounts",
    scopes: ["settings"],
  },
  {
    title: "Projects and cost centres",
    detail: "the objects vouchers are booked and reported on",
    scopes: ["project", "costcenter"],
  },
  {
    title: "Documents",
    detail: "the archive, inbox and file connections: documents attached to vouchers and invoices",
    scopes: ["archive", "inbox", "connectfile"],
  },
];

export function groupScopes(scopes: readonly string[]) {
  const groups = SCOPE_GROUPS.map((g) => ({
    ...g,
    scopes: g.scopes.filter((s) => scopes.includes(s)),
  })).filter((g) => g.scopes.length > 0);
  const known = new Set(SCOPE_GROUPS.flatMap((g) => g.scopes));
  const other = scopes.filter((s) => !known.has(s));
  return other.length > 0
    ? [...groups, { title: "Other", detail: "as Fortnox names them", scopes: other }]
    : groups;
}

const FEATURES: Record<string, string> = {
  bookkeeping: "Bookkeeping (vouchers, accounts, fiscal years)",
  suppliers: "Suppliers",
  supplier_invoices: "Supplier invoices",
  customers: "Customers",
  invoices: "Customer invoices",
  projects: "Projects",
  cost_centers: "Cost centres",
  archive: "Documents (archive)",
};

export function featureLabel(feature: string): string {
  return FEATURES[feature] ?? feature;
}
