/**
 * The API's published types: request and response schemas declared once, used by the server for
 * validation and OpenAPI, and by the web app and the CLI for types.
 */
export * from "./activation.js";
export * from "./auth.js";
export * from "./common.js";
export * from "./companies.js";
export * from "./connections.js";
export * from "./financialYears.js";
export * from "./health.js";
export * from "./ledger.js";
export * from "./transferLog.js";
