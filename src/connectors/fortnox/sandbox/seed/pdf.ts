/** A small, deterministic one-page PDF standing in for a scanned supplier invoice. */
import { PDFDocument, StandardFonts } from "pdf-lib";

export interface PdfInvoice {
  readonly supplierName: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: string;
  readonly total: string;
  readonly ocr: string;
}

/** pdf-lib's standard fonts use WinAnsi, which holds å, ä and ö. */
export async function invoicePdf(inv: PdfInvoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fixed = new Date(`${inv.invoiceDate}T12:00:00Z`);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer("Ledgerbridge Fortnox sandbox");
  doc.setTitle(`Faktura ${inv.invoiceNumber}`);
  const page = doc.addPage([420, 595]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [
    inv.supplierName,
    "",
    `Faktura nr ${inv.invoiceNumber}`,
    `Fakturadatum ${inv.invoiceDate}`,
    `Att betala ${inv.total} kr`,
    `OCR ${inv.ocr}`,
    "",
    "Betalningsvillkor 30 dagar netto. Dröjsmålsränta enligt räntelagen.",
  ];
  lines.forEach((text, k) => {
    page.drawText(text, { x: 40, y: 540 - k * 18, size: k === 0 ? 14 : 10, font });
  });
  return doc.save({ useObjectStreams: false });
}
