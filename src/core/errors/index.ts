export * from "./appError.js";
export * from "./catalogue.js";
export * from "./types.js";
