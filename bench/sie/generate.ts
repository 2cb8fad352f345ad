/**
 * A synthetic but realistic SIE 4E ledger for benchmarks and tests: balanced vouchers of 2–5 rows,
 * Swedish texts (so the CP437 upper half is exercised), objects on some rows. Deterministic for a seed.
 */
import type { LocalDate } from "../../src/core/index.js";
import type { SieExport, SieRowInput, SieVoucherInput } from "../../src/sie/index.js";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNTS = [
  "1510",
  "1930",
  "2440",
  "2641",
  "3001",
  "4010",
  "5010",
  "5410",
  "6212",
  "6250",
  "7010",
  "8410",
];
const TEXTS = [
  "Försäljning",
  "Inköp material",
  "Hyra kontor",
  "Löner maj",
  "Bankavgift",
  "Kundinbetalning",
  "Åtgärd ÖVK",
];

// Computed once: building a Date per voucher would make the benchmark measure the generator.
const DATES: LocalDate[] = Array.from(
  { length: 365 },
  (_, day) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10) as LocalDate,
);

function dateOf(dayOfYear: number): LocalDate {
  return DATES[dayOfYear]!;
}

/** Vouchers until `rows` #TRANS rows have been produced. */
export function* syntheticVouchers(rows: number, seed = 1): Generator<SieVoucherInput> {
  const rnd = prng(seed);
  let made = 0;
  let n = 0;
  while (made < rows) {
    n++;
    const date = dateOf(Math.floor(rnd() * 365));
    const text = `${TEXTS[n % TEXTS.length]!} ${n}`;
    const count = Math.min(rows - made, 2 + Math.floor(rnd() * 4));
    const list: SieRowInput[] = [];
    let sum = 0n;
    for (let i = 0; i < count - 1; i++) {
      const amount = BigInt(Math.floor(rnd() * 2_000_000) - 1_000_000);
      sum += amount;
      const withObject = rnd() < 0.3;
      list.push({
        account: ACCOUNTS[Math.floor(rnd() * ACCOUNTS.length)]!,
        amount,
        transactionDate: date,
        text,
        ...(withObject && { objects: [{ dimension: 6, code: `P${100 + Math.floor(rnd() * 50)}` }] }),
      });
    }
    list.push({ account: "1930", amount: -sum, transactionDate: date, text });
    yield { series: "A", number: String(n), date, text, registrationDate: date, rows: list };
    made += count;
  }
}

/**
 * Year-0 balances that agree with the vouchers (the reader checks IB + movements = UB, movements = RES),
 * from a first pass over the same deterministic vouchers; only sums per account are kept.
 */
function balancesFor(
  rows: number,
  seed: number,
): Pick<SieExport, "openingBalances" | "closingBalances" | "results"> {
  const movements = new Map<string, bigint>();
  for (const v of syntheticVouchers(rows, seed)) {
    for (const r of v.rows) movements.set(r.account, (movements.get(r.account) ?? 0n) + (r.amount as bigint));
  }
  const opening = 10_000_000n;
  const sheet = ACCOUNTS.filter((a) => a < "3");
  return {
    openingBalances: sheet.map((account) => ({ yearIndex: 0, account, amount: opening })),
    closingBalances: sheet.map((account) => ({
      yearIndex: 0,
      account,
      amount: opening + (movements.get(account) ?? 0n),
    })),
    results: ACCOUNTS.filter((a) => a >= "3").map((account) => ({
      yearIndex: 0,
      account,
      amount: movements.get(account) ?? 0n,
    })),
  };
}

export function syntheticLedger(rows: number, seed = 1): SieExport {
  return {
    ...balancesFor(rows, seed),
    program: { name: "Ledgerbridge bench", version: "1" },
    generated: { date: "2026-01-15" as LocalDate },
    company: { name: "Bänkmärket AB", orgNumber: "556000-0000" },
    fiscalYears: [{ index: 0, start: "2025-01-01" as LocalDate, end: "2025-12-31" as LocalDate }],
    accounts: ACCOUNTS.map((number) => ({ number, name: `Konto ${number} – översikt` })),
    dimensions: [{ number: 6, name: "Projekt" }],
    objects: Array.from({ length: 50 }, (_, i) => ({
      dimension: 6,
      code: `P${100 + i}`,
      name: `Projekt ${i}`,
    })),
    vouchers: syntheticVouchers(rows, seed),
  };
}
