/** A file behind a voucher or an invoice. Bytes are fetched separately and kept in the blob store. */
export interface DocumentRef {
  readonly externalId: string;
  readonly name: string;
  readonly contentType?: string;
  readonly size?: number;
  /** What the file is attached to on the remote side. */
  readonly attachedTo: {
    readonly kind: "voucher" | "supplier_invoice" | "sales_invoice";
    readonly ref: string;
  };
}

export interface CompanyInfo {
  readonly name: string;
  readonly orgNumber?: string;
  readonly address?: { readonly street?: string; readonly postalCode?: string; readonly city?: string };
  readonly databaseNumber?: string;
}
