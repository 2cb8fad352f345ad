import type { ErrorSection } from "./types.js";

export const generalErrors = {
  invalid_input: { category: "invalid_input", message: "The request is not valid: {detail}" },
  malformed_json: { category: "invalid_input", message: "The request body is not valid JSON: {detail}" },
  body_too_large: {
    category: "invalid_input",
    message: "The request body is larger than the {limit} bytes allowed.",
  },
  unsupported_media_type: {
    category: "invalid_input",
    message: "Content type {contentType} is not accepted here.",
  },
  route_not_found: { category: "not_found", message: "There is no {method} {url}." },
  not_found: { category: "not_found", message: "The {entity} was not found." },
  conflict: { category: "conflict", message: "{detail}" },
  invalid_state_transition: {
    category: "conflict",
    message: "A {entity} cannot go from {from} to {to}.",
  },
  config_invalid: { category: "invalid_input", message: "The configuration is not valid: {detail}" },
  internal_error: {
    category: "internal",
    message: "Something went wrong on our side. The error was logged ({ref}).",
  },
} as const satisfies ErrorSection;
