/** A small keyed collection of Fortnox-shaped records with their modification instants. */
export type Raw = Record<string, unknown>;

export interface Stored {
  readonly data: Raw;
  readonly modifiedAt: number;
}

const collator = new Intl.Collator("sv", { numeric: true });

export class Register {
  private readonly items = new Map<string, Stored>();

  get(key: string): Raw | undefined {
    return this.items.get(key)?.data;
  }

  put(key: string, data: Raw, modifiedAt: number): void {
    this.items.set(key, { data, modifiedAt });
  }

  delete(key: string): boolean {
    return this.items.delete(key);
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** Sorted by key as Fortnox sorts by number (numeric-aware), optionally only since an instant. */
  list(since?: number): Raw[] {
    return [...this.items.entries()]
      .filter(([, s]) => since === undefined || s.modifiedAt >= since)
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([, s]) => s.data);
  }

  get size(): number {
    return this.items.size;
  }

  /** The next free numeric key (Fortnox assigns numbers when a POST leaves them out). */
  nextNumber(): string {
    let max = 0;
    for (const k of this.items.keys()) if (/^\d+$/.test(k)) max = Math.max(max, Number(k));
    return String(max + 1);
  }
}

export function money2(ore: bigint): number {
  return Number(formatOre(ore));
}

export function formatOre(ore: bigint): string {
  const neg = ore < 0n;
  const digits = (neg ? -ore : ore).toString().padStart(3, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
