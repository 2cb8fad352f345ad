/** A BAS 2014 chart subset: enough for the generated vouchers, with SRU codes as Fortnox shows them. */
export interface ChartAccount {
  readonly number: number;
  readonly description: string;
  readonly sru: number;
  readonly vatCode: string | null;
}

const A = (
  number: number,
  description: string,
  sru: number,
  vatCode: string | null = null,
): ChartAccount => ({
  number,
  description,
  sru,
  vatCode,
});

export const BAS_CHART: readonly ChartAccount[] = [
  A(1220, "Inventarier och verktyg", 7215),
  A(1510, "Kundfordringar", 7251),
  A(1930, "Företagskonto / checkräkning", 7281),
  A(2081, "Aktiekapital", 7301),
  A(2091, "Balanserad vinst eller förlust", 7302),
  A(2099, "Årets resultat", 7302),
  A(2440, "Leverantörsskulder", 7368),
  A(2611, "Utgående moms på försäljning inom Sverige, 25 %", 7369, "MP1"),
  A(2641, "Debiterad ingående moms", 7369, "I"),
  A(2710, "Personalskatt", 7369),
  A(2731, "Avräkning lagstadgade sociala avgifter", 7369),
  A(3001, "Försäljning inom Sverige, 25 % moms", 7410, "MP1"),
  A(3740, "Öres- och kronutjämning", 7410),
  A(4010, "Inköp material och varor", 7511),
  A(5010, "Lokalhyra", 7513),
  A(5410, "Förbrukningsinventarier", 7513),
  A(5460, "Förbrukningsmaterial", 7513),
  A(5611, "Drivmedel för personbilar", 7513),
  A(5800, "Resekostnader", 7513),
  A(6110, "Kontorsmateriel", 7513),
  A(6212, "Mobiltelefon", 7513),
  A(6540, "IT-tjänster", 7513),
  A(6570, "Bankkostnader", 7513),
  A(7010, "Löner till kollektivanställda", 7514),
  A(7510, "Arbetsgivaravgifter 31,42 %", 7514),
  A(8310, "Ränteintäkter från omsättningstillgångar", 7520),
  A(8410, "Räntekostnader för långfristiga skulder", 7522),
];

export const CHART_BY_NUMBER: ReadonlyMap<number, ChartAccount> = new Map(
  BAS_CHART.map((a) => [a.number, a]),
);

/** SIE account type from the BAS class: 1 assets, 2 liabilities/equity, 3 income, 4–8 expenses. */
export function accountType(n: number): "T" | "S" | "I" | "K" {
  if (n < 2000) return "T";
  if (n < 3000) return "S";
  if (n < 4000 || (n >= 8300 && n < 8400)) return "I";
  return "K";
}

export function isBalanceAccount(n: number): boolean {
  return n < 3000;
}
