import type { CompanyInfo } from "../../../core/index.js";
import { FortnoxCompanyInformation } from "../api/bookkeeping.js";
import type { FortnoxClient } from "../client.js";
import { toCompanyInfo } from "../mappers/bookkeeping.js";
import { getOne } from "./read.js";

/** DatabaseNumber is the TenantId for service-account tokens (reference §1.4). */
export async function getCompanyInformation(client: FortnoxClient): Promise<CompanyInfo> {
  const raw = await getOne(client, {
    path: "/3/companyinformation",
    key: "CompanyInformation",
    entity: "company information",
    schema: FortnoxCompanyInformation,
  });
  return toCompanyInfo(raw);
}
