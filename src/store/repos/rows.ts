/** Small helpers shared by repositories to turn database rows into API-ready values. */
export function iso(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return new Date(String(v)).toISOString();
}

export function isoOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : iso(v);
}

export function first<T>(rows: T[]): T | undefined {
  return rows[0];
}
