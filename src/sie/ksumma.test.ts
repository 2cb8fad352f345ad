import { describe, expect, it } from "vitest";
import { crc32, crc32Table } from "./crc32.js";
import { encodeCp437 } from "./encoding.js";
import { ksummaOf } from "./ksumma.js";
import { readSieSync } from "./read.js";
import { LINE_RECORD, LineTokenizer } from "./tokenizer.js";

/** Tokenizes SIE lines the way the reader does and sums the records (braces lines contribute nothing). */
function ksummaOfLines(lines: string[]): number {
  const tok = new LineTokenizer();
  const records: { label: string; fields: ReturnType<LineTokenizer["fields"]["slice"]> }[] = [];
  lines.forEach((line, i) => {
    if (tok.tokenize(line, 0, line.length, i) === LINE_RECORD)
      records.push({ label: tok.label, fields: tok.fields.slice() });
  });
  return ksummaOf(records);
}

describe("#KSUMMA test vectors (reference §7)", () => {
  it("the spec's own example line", () => {
    expect(ksummaOfLines(['#KONTO 1915 "Kassa \\"special\\""'])).toBe(1921122205);
  });

  it("a voucher with an object list", () => {
    const lines = [
      '#VER A 1 20250101 "Porto"',
      "{",
      "#TRANS 1910 {} -100.00",
      '#TRANS 6250 {1 "0123"} 100.00',
      "}",
    ];
    expect(ksummaOfLines(lines)).toBe(3539280025);
  });

  it("Swedish letters are summed as CP437 bytes", () => {
    expect(ksummaOfLines(['#KONTO 1930 "Företagskonto"'])).toBe(266490134);
  });
});

describe("#KSUMMA in files", () => {
  const file = (body: string[], sum: string) =>
    encodeCp437(["#FLAGGA 0", "#KSUMMA", ...body, `#KSUMMA ${sum}`, ""].join("\r\n"));

  it("verifies a file whose checksum matches", () => {
    const r = readSieSync(file(['#KONTO 1930 "Företagskonto"'], "266490134"), {});
    expect(r.checksum).toBe("valid");
  });

  it("reports a mismatch with the line of the closing record", () => {
    const diags: { line: number; code: string }[] = [];
    const r = readSieSync(file(['#KONTO 1930 "Foretagskonto"'], "266490134"), {
      diagnostic: (d) => diags.push(d),
    });
    expect(r.checksum).toBe("invalid");
    expect(diags).toEqual([expect.objectContaining({ line: 4, code: "sie_checksum_mismatch" })]);
  });

  it("a start marker without a closing checksum is a truncated file", () => {
    const diags: { line: number; code: string; severity: string }[] = [];
    const bytes = encodeCp437('#FLAGGA 0\n#KSUMMA\n#KONTO 1930 "Bank"\n');
    const r = readSieSync(bytes, { diagnostic: (d) => diags.push(d) });
    expect(r.checksum).toBe("invalid");
    expect(diags).toEqual([expect.objectContaining({ line: 2, code: "sie_truncated", severity: "error" })]);
  });

  it("is absent when the file has no #KSUMMA", () => {
    expect(readSieSync(encodeCp437('#FLAGGA 0\n#KONTO 1930 "Bank"\n'), {}).checksum).toBe("absent");
  });
});

describe("crc32", () => {
  it("the table fallback agrees with the native one", () => {
    const data = new TextEncoder().encode("123456789");
    expect(crc32Table(data, 0)).toBe(0xcbf43926);
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32Table(data.subarray(4), crc32Table(data.subarray(0, 4), 0))).toBe(0xcbf43926);
  });
});
