/** `#VER serie vernr verdatum vertext regdatum sign` and the rows of its block. */
import type { LocalDate } from "../core/index.js";
import { extraOf, type FieldContext, optionalDate, text, textOr } from "./fields.js";
import type { Field } from "./tokenizer.js";
import type { SieRow, SieVoucher } from "./types.js";

export class VoucherBuilder {
  readonly rows: SieRow[] = [];
  readonly addedRows: SieRow[] = [];
  readonly removedRows: SieRow[] = [];
  /** An #RTRANS waiting for its #TRANS copy. */
  private rtrans: SieRow | undefined;

  constructor(
    readonly line: number,
    readonly series: string,
    readonly number: string,
    readonly date: LocalDate | undefined,
    readonly rawDate: string,
    readonly text: string,
    readonly registrationDate: LocalDate | undefined,
    readonly signature: string | undefined,
    readonly extra: readonly Field[] | undefined,
  ) {}

  /** `keepTrans` false: a #TRANS row was handed to a lean consumer instead (see LeanRowVisitor). */
  add(row: SieRow, ctx: FieldContext, keepTrans = true): void {
    if (this.rtrans) {
      const r = this.rtrans;
      this.rtrans = undefined;
      const paired =
        row.label === "TRANS" && row.account === r.account && row.amount.minor === r.amount.minor;
      if (!paired) ctx.report(r.line, "sie_rtrans_without_trans", "warning");
    }
    if (row.label === "TRANS") {
      if (keepTrans) this.rows.push(row);
    } else if (row.label === "RTRANS") {
      this.addedRows.push(row);
      this.rtrans = row;
    } else this.removedRows.push(row);
  }

  /** A #TRANS row read by the lean fast path: only its pairing with a waiting #RTRANS matters here. */
  leanTrans(account: string, minor: number, ctx: FieldContext): void {
    if (this.rtrans === undefined) return;
    const r = this.rtrans;
    this.rtrans = undefined;
    if (account !== r.account || r.amount.minor !== BigInt(minor))
      ctx.report(r.line, "sie_rtrans_without_trans", "warning");
  }

  finish(endLine: number, ctx: FieldContext): SieVoucher {
    if (this.rtrans) ctx.report(this.rtrans.line, "sie_rtrans_without_trans", "warning");
    return {
      line: this.line,
      endLine,
      series: this.series,
      number: this.number,
      date: this.date,
      rawDate: this.rawDate,
      text: this.text,
      registrationDate: this.registrationDate,
      signature: this.signature,
      rows: this.rows,
      addedRows: this.addedRows,
      removedRows: this.removedRows,
      extra: this.extra,
    };
  }
}

export function parseVoucherHeader(f: readonly Field[], line: number, ctx: FieldContext): VoucherBuilder {
  const rawDate = textOr(f[2]);
  const d = optionalDate(f[2], "VER", "voucher date", line, ctx, "error");
  if (d.status === "empty")
    ctx.report(line, "sie_missing_field", "error", { label: "VER", field: "voucher date" });
  const reg =
    f[4] === undefined || f[4] === ""
      ? undefined
      : optionalDate(f[4], "VER", "registration date", line, ctx).date;
  return new VoucherBuilder(
    line,
    textOr(f[0]),
    textOr(f[1]),
    d.date,
    rawDate,
    textOr(f[3]),
    reg,
    text(f[5]),
    extraOf(f, 6),
  );
}
