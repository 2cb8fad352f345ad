import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Field,
  FLAG_UNTERMINATED_LIST,
  FLAG_UNTERMINATED_QUOTE,
  LINE_BLANK,
  LINE_CLOSE,
  LINE_OPEN,
  LINE_RECORD,
  LINE_TEXT,
  LineTokenizer,
} from "./tokenizer.js";

function tokenize(line: string): { kind: number; label: string; fields: Field[]; flags: number } {
  const t = new LineTokenizer();
  const kind = t.tokenize(line, 0, line.length, 1);
  return { kind, label: t.label, fields: t.fields.slice(), flags: t.flags };
}

describe("LineTokenizer: observed forms (reference §1)", () => {
  it.each([
    ['#TRANS 1930 {} -437.5 "" "" 0', ["1930", [], "-437.5", "", "", "0"]],
    [
      '#TRANS\t3010 {1 1} -2000.00 20151001 "" 10.000000',
      ["3010", ["1", "1"], "-2000.00", "20151001", "", "10.000000"],
    ],
    ['   #TRANS 7010 {"1" "456" "7" "47"} 13200.00', ["7010", ["1", "456", "7", "47"], "13200.00"]],
    ['#TRANS 3010  { "1" "1"} -500 20100122 "" ', ["3010", ["1", "1"], "-500", "20100122", ""]],
    ['#TRANS 1 {1 "2"\t10 "12"} 5', ["1", ["1", "2", "10", "12"], "5"]],
    ["#TRANS 1 { } 5", ["1", [], "5"]],
    ['#KONTO 1915 "Kassa \\"special\\""', ["1915", 'Kassa "special"']],
    ['#FNR "C:\\ProgramData\\SPCS\\Ö"', ["C:\\ProgramData\\SPCS\\Ö"]],
    ['#TRANS 1820 {} 1 "" "1820\\A012 Cykel"', ["1820", [], "1", "", "1820\\A012 Cykel"]],
    ["#VER # 1 20110101 text", ["#", "1", "20110101", "text"]],
    ['#GEN 20180101 "#1 erika sundman"', ["20180101", "#1 erika sundman"]],
    ["#KONTO 1070 Goodwill", ["1070", "Goodwill"]],
    ["#TAXAR   2012   ÅRL", ["2012", "ÅRL"]],
    [
      '#PROGRAM "Kassasystem" "1.0 - \\"Oblique Ozelot\\" - alpha"',
      ["Kassasystem", '1.0 - "Oblique Ozelot" - alpha'],
    ],
  ])("%s", (line, fields) => {
    const r = tokenize(line);
    expect(r.kind).toBe(LINE_RECORD);
    expect(r.fields).toEqual(fields);
    expect(r.flags).toBe(0);
  });

  it("brace lines with trailing blanks (SoftOne writes `{<TAB>`)", () => {
    expect(tokenize("{\t").kind).toBe(LINE_OPEN);
    expect(tokenize("  }  ").kind).toBe(LINE_CLOSE);
    expect(tokenize(" \t ").kind).toBe(LINE_BLANK);
    expect(tokenize("hello").kind).toBe(LINE_TEXT);
  });

  it("flags an unterminated quote and reads to the end of the line", () => {
    const r = tokenize('#TRANS 3010 {} -900.00 20140127 "260    aaaa');
    expect(r.fields.at(-1)).toBe("260    aaaa");
    expect(r.flags & FLAG_UNTERMINATED_QUOTE).toBeTruthy();
  });

  it("flags an unterminated object list", () => {
    const r = tokenize('#TRANS 3010 {1 "2" -5');
    expect(r.fields[1]).toEqual(["1", "2", "-5"]);
    expect(r.flags & FLAG_UNTERMINATED_LIST).toBeTruthy();
  });
});

// No control characters (the writer strips them) and no trailing backslash (it would read as \").
const text = fc
  .string({ unit: "grapheme", maxLength: 20 })
  .map((s) => [...s].filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127).join(""))
  .filter((s) => !s.endsWith("\\"));
const bare = fc.stringMatching(/^[A-Za-z0-9.,:\-+*#åäöÅÄÖ\\/]{1,12}$/);
const blanks = fc.stringMatching(/^[ \t]{1,4}$/);
const quote = (s: string) => `"${s.replaceAll('"', '\\"')}"`;

type Gen = { written: string; value: Field };
const field: fc.Arbitrary<Gen> = fc.oneof(
  text.map((s) => ({ written: quote(s), value: s })),
  bare.map((s) => ({ written: s, value: s })),
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 99 }),
        fc.oneof(
          text,
          bare.filter((s) => !s.endsWith("\\")),
        ),
      ),
      { maxLength: 3 },
    )
    .chain((pairs) =>
      fc.tuple(blanks, blanks).map(([a, b]) => ({
        written: `{${a}${pairs.map(([d, o]) => `${d} ${quote(o)}`).join(b)}}`,
        value: pairs.flatMap(([d, o]) => [String(d), o]),
      })),
    ),
);

describe("LineTokenizer properties", () => {
  it("reads back every field however it is quoted and separated", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(blanks, field), { maxLength: 8 }), blanks, (parts, lead) => {
        const line = `${lead}#LABEL${parts.map(([b, f]) => b + f.written).join("")}${lead}`;
        const r = tokenize(line);
        expect(r.kind).toBe(LINE_RECORD);
        expect(r.label).toBe("#LABEL");
        expect(r.fields).toEqual(parts.map(([, f]) => f.value));
        expect(r.flags).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws and always ends, on any line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (line) => {
        const r = tokenize(line);
        expect([LINE_BLANK, LINE_OPEN, LINE_CLOSE, LINE_RECORD, LINE_TEXT]).toContain(r.kind);
      }),
      { numRuns: 1000 },
    );
  });
});
