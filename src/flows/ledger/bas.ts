/**
 * Groups of the BAS chart of accounts for the income statement and the balance sheet (Swedish K2/K3
 * layout, by account number ranges). Pure data; the reports sum accounts into these groups.
 */
export interface BasGroup {
  readonly key: string;
  readonly name: string;
  /** Inclusive account-number ranges, as 4-digit strings. */
  readonly ranges: readonly (readonly [string, string])[];
}

export const INCOME_STATEMENT: readonly BasGroup[] = [
  { key: "revenue", name: "Nettoomsättning", ranges: [["3000", "3799"]] },
  { key: "other_income", name: "Övriga rörelseintäkter", ranges: [["3800", "3999"]] },
  { key: "goods", name: "Råvaror och förnödenheter, handelsvaror", ranges: [["4000", "4999"]] },
  { key: "external", name: "Övriga externa kostnader", ranges: [["5000", "6999"]] },
  { key: "personnel", name: "Personalkostnader", ranges: [["7000", "7699"]] },
  { key: "depreciation", name: "Av- och nedskrivningar", ranges: [["7700", "7899"]] },
  { key: "other_operating", name: "Övriga rörelsekostnader", ranges: [["7900", "7999"]] },
  { key: "financial", name: "Finansiella poster", ranges: [["8000", "8799"]] },
  { key: "appropriations", name: "Bokslutsdispositioner", ranges: [["8800", "8899"]] },
  { key: "tax", name: "Skatter och årets resultat", ranges: [["8900", "8999"]] },
];

export const BALANCE_SHEET: readonly BasGroup[] = [
  { key: "intangible", name: "Immateriella anläggningstillgångar", ranges: [["1000", "1099"]] },
  { key: "tangible", name: "Materiella anläggningstillgångar", ranges: [["1100", "1299"]] },
  { key: "financial_assets", name: "Finansiella anläggningstillgångar", ranges: [["1300", "1399"]] },
  { key: "inventory", name: "Varulager m.m.", ranges: [["1400", "1499"]] },
  { key: "receivables", name: "Kundfordringar", ranges: [["1500", "1599"]] },
  {
    key: "other_receivables",
    name: "Övriga fordringar och förutbetalda kostnader",
    ranges: [["1600", "1799"]],
  },
  { key: "investments", name: "Kortfristiga placeringar", ranges: [["1800", "1899"]] },
  { key: "cash", name: "Kassa och bank", ranges: [["1900", "1999"]] },
  { key: "equity", name: "Eget kapital", ranges: [["2000", "2099"]] },
  { key: "untaxed_reserves", name: "Obeskattade reserver", ranges: [["2100", "2199"]] },
  { key: "provisions", name: "Avsättningar", ranges: [["2200", "2299"]] },
  { key: "long_term", name: "Långfristiga skulder", ranges: [["2300", "2399"]] },
  { key: "short_term", name: "Kortfristiga skulder", ranges: [["2400", "2999"]] },
];

export function groupOf(groups: readonly BasGroup[], account: string): BasGroup | undefined {
  const a = account.padEnd(4, "0").slice(0, 4);
  return groups.find((g) => g.ranges.some(([lo, hi]) => a >= lo && a <= hi));
}

export const isBalanceAccount = (account: string) => account < "3";
