/**
 * Fortnox's `lastmodified` is a local timestamp without zone; we read and write it as Europe/Stockholm
 * time (reference §3.2 marks the zone UNCONFIRMED; README.md records the choice).
 */
const FMT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** `YYYY-MM-DD HH:mm:ss` in Stockholm for an instant. */
export function formatStockholm(epochMs: number): string {
  const p = Object.fromEntries(FMT.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses `YYYY-MM-DD[ HH:mm[:ss]]` as Stockholm local time; undefined when malformed. */
export function parseStockholm(text: string): number | undefined {
  const m = LOCAL_RE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  // Stockholm is UTC+1 or UTC+2: try both offsets and keep the one that formats back to the input.
  for (const offsetH of [1, 2]) {
    const t = naive - offsetH * 3_600_000;
    if (sameLocal(t, naive)) return t;
  }
  return naive - 3_600_000;
}

function sameLocal(t: number, naive: number): boolean {
  const iso = new Date(naive).toISOString();
  return formatStockholm(t) === `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
