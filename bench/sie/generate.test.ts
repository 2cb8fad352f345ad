import { describe, expect, it } from "vitest";
import { inspectSie, sieToBuffer } from "../../src/sie/index.js";
import { syntheticLedger } from "./generate.js";

describe("the benchmark's synthetic ledger", () => {
  it("is a clean 4E file: balanced vouchers, balances that agree with them, exactly the rows asked for", async () => {
    const s = await inspectSie(sieToBuffer(syntheticLedger(5000, 7)));
    expect(s.sieType).toBe("4");
    expect(s.variant).toBe("E");
    expect(s.counts.transactions).toBe(5000);
    expect(s.errors).toEqual([]);
    expect(s.warnings).toEqual([]);
    expect(s.totals.debit).toBe(s.totals.credit);
    expect(s.company.name).toBe("Bänkmärket AB");
  });
});
