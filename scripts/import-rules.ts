/** Which module a path belongs to, and which modules each may import (ARCHITECTURE.md, as built). */
const ORDER = ["core", "sie", "connectors", "config", "store", "jobs", "flows", "docs", "app", "api", "cli"] as const;

const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  sie: ["core"],
  connectors: ["core", "sie"],
  config: ["core"],
  store: ["core"],
  jobs: ["core", "store"],
  flows: ["core", "sie", "connectors", "config", "store", "jobs", "app"],
  app: ["core", "sie", "connectors", "config", "store", "jobs", "flows"],
  api: ["core", "sie", "connectors", "config", "store", "jobs", "flows", "app"],
  docs: ["core", "config", "api"],
  cli: ["core", "sie", "connectors", "config", "store", "jobs", "flows", "app", "api"],
  web: ["api/contract"],
};

export function moduleOf(path: string): string | undefined {
  const p = path.replaceAll("\\", "/");
  if (p.startsWith("web/")) return "web";
  if (p.startsWith("src/api/contract/")) return "api/contract";
  const m = /^src\/([^/]+)\//.exec(p);
  if (!m) return undefined;
  if (m[1] === "connectors") return `connectors/${p.split("/")[2]}`;
  return m[1];
}

export function ALLOWED(from: string, to: string, _target: string): boolean {
  const base = (m: string) => (m.startsWith("connectors/") ? "connectors" : m === "api/contract" ? "api" : m);
  if (from.startsWith("connectors/") && to.startsWith("connectors/")) return to === "connectors/shared";
  const allowed = MAY_IMPORT[from === "api/contract" ? "api" : base(from)] ?? [];
  if (to === "api/contract") return from === "web" || allowed.includes("api") || base(from) === "api";
  return allowed.includes(base(to)) && (ORDER as readonly string[]).includes(base(to));
}
