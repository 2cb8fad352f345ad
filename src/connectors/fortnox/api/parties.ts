/** Raw shapes of suppliers, customers, articles, units, projects and cost centers. */
import { z } from "zod";
import { FortnoxDecimal, FortnoxId, FortnoxText } from "./common.js";

const party = {
  Name: z.string(),
  OrganisationNumber: FortnoxText,
  VATNumber: FortnoxText,
  Email: FortnoxText,
  Address1: FortnoxText,
  ZipCode: FortnoxText,
  City: FortnoxText,
  CountryCode: FortnoxText,
  Active: z.boolean().optional(),
};

export const FortnoxSupplier = z.object({ SupplierNumber: FortnoxId, ...party });
export type FortnoxSupplier = z.infer<typeof FortnoxSupplier>;

export const FortnoxCustomer = z.object({ CustomerNumber: FortnoxId, ...party });
export type FortnoxCustomer = z.infer<typeof FortnoxCustomer>;

/** List prices are strings, single-article prices numbers (OAS); FortnoxDecimal takes both. */
export const FortnoxArticle = z.object({
  ArticleNumber: FortnoxId,
  Description: z.string(),
  Unit: FortnoxText,
  SalesPrice: FortnoxDecimal.optional(),
  PurchasePrice: FortnoxDecimal.optional(),
  Active: z.boolean().optional(),
});
export type FortnoxArticle = z.infer<typeof FortnoxArticle>;

export const FortnoxUnit = z.object({ Code: z.string(), Description: z.string(), CodeEnglish: FortnoxText });
export type FortnoxUnit = z.infer<typeof FortnoxUnit>;

export const FortnoxProject = z.object({
  ProjectNumber: FortnoxId,
  Description: z.string(),
  Status: z.enum(["NOTSTARTED", "ONGOING", "COMPLETED"]).optional(),
  StartDate: FortnoxText,
  EndDate: FortnoxText,
});
export type FortnoxProject = z.infer<typeof FortnoxProject>;

export const FortnoxCostCenter = z.object({
  Code: z.string(),
  Description: z.string(),
  Active: z.boolean().optional(),
});
export type FortnoxCostCenter = z.infer<typeof FortnoxCostCenter>;
