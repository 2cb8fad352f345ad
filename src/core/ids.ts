import { randomUUID } from "node:crypto";

/** Our ids are UUIDs made by the application, so a row's id is known before it is written. */
export type Id<Brand extends string> = string & { readonly __id: Brand };
export type CompanyId = Id<"company">;
export type UserId = Id<"user">;
export type ConnectionId = Id<"connection">;

export function newId<T extends string = string>(): T {
  return randomUUID() as T;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}
