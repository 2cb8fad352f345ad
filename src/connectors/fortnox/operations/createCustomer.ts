import type { Customer } from "../../../core/index.js";
import { FortnoxCustomer } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { fromCustomer, toCustomer } from "../mappers/parties.js";
import { write } from "./read.js";

/** Creates a customer; without a number Fortnox assigns the next one. Not retried on 5xx (README.md, "Retries"). */
export async function createCustomer(
  client: FortnoxClient,
  value: Omit<Customer, "externalId" | "number"> & { readonly number?: string },
): Promise<Customer> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/customers",
    key: "Customer",
    entity: "customer",
    schema: FortnoxCustomer,
    body: fromCustomer(value),
  });
  return toCustomer(raw);
}
