import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, detectEncoding, encodeCp437 } from "./encoding.js";
import { readSieSync } from "./read.js";
import { SieReader } from "./reader.js";
import type { SieRecord } from "./types.js";

const SWEDISH = "åäöÅÄÖ éü";
const FILE = `#FLAGGA 0\n#FORMAT PC8\n#FNAMN "Åkeriet Östra AB"\n#KONTO 1930 "Företagskonto ${SWEDISH}"\n`;

function names(bytes: Uint8Array): { encoding: string; company: string; account: string } {
  const records: SieRecord[] = [];
  const r = readSieSync(bytes, { record: (x) => records.push(x) });
  const company = records.find((x) => x.type === "FNAMN");
  const account = records.find((x) => x.type === "KONTO");
  return {
    encoding: r.encoding,
    company: company?.type === "FNAMN" ? company.name : "",
    account: account?.type === "KONTO" ? account.name : "",
  };
}

describe("encoding detection (reference §9.2)", () => {
  it.each([
    ["cp437", encodeCp437(FILE)],
    ["utf-8", Buffer.from(FILE, "utf8")],
    ["utf-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FILE, "utf8")])],
    ["windows-1252", iconv.encode(FILE, "windows-1252")],
  ])("detects %s and reads Swedish letters right", (encoding, bytes) => {
    expect(names(bytes)).toEqual({
      encoding,
      company: "Åkeriet Östra AB",
      account: `Företagskonto ${SWEDISH}`,
    });
  });

  it("reports ISO-8859-15 when it has the € sign and no C1 bytes", () => {
    const bytes = iconv.encode(`${FILE}#PROSA "Pris 5 €"\n`, "iso-8859-15");
    expect(detectEncoding(bytes).encoding).toBe("iso-8859-15");
    expect(decodeBytes(bytes, "iso-8859-15")).toContain("Pris 5 €");
    expect(names(bytes).company).toBe("Åkeriet Östra AB");
  });

  it("pure ASCII is reported as CP437 (all candidates agree) and flagged asciiOnly", () => {
    expect(detectEncoding(Buffer.from("#FLAGGA 0\n"))).toEqual({ encoding: "cp437", asciiOnly: true });
  });

  it("trusts the bytes, not #FORMAT", () => {
    // FILE says #FORMAT PC8.
    expect(names(Buffer.from(FILE, "utf8")).encoding).toBe("utf-8");
  });

  it("a UTF-8 sequence cut at the end of a sample is forgiven only when the sample is partial", () => {
    const bytes = Buffer.from('#FNAMN "Åke" Ö', "utf8").subarray(0, -1);
    expect(detectEncoding(bytes, false).encoding).toBe("utf-8");
    expect(detectEncoding(bytes, true).encoding).not.toBe("utf-8");
  });

  it("decides on the whole window, not on the first chunk, when high bytes come late", () => {
    const head = "#PROSA x\n".repeat(5000);
    const bytes = encodeCp437(`${head}${FILE}`);
    const records: SieRecord[] = [];
    const reader = new SieReader({ record: (x) => records.push(x) });
    for (let i = 0; i < bytes.length; i += 7) reader.write(bytes.subarray(i, i + 7));
    expect(reader.end().encoding).toBe("cp437");
    expect(records.some((x) => x.type === "FNAMN" && x.name === "Åkeriet Östra AB")).toBe(true);
  });

  it("CP437 encode replaces characters it cannot hold by ?", () => {
    expect(decodeBytes(encodeCp437("Ö€ø"), "cp437")).toBe("Ö??");
  });
});
