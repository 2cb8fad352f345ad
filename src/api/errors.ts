/**
 * Turns every failure into the one envelope `{"error":{"code","message","details"}}`. Category → HTTP
 * status is decided here and only here.
 */
import { randomBytes } from "node:crypto";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import {
  type AppError,
  appError,
  type ErrorCategory,
  type ErrorCode,
  isAppException,
} from "../core/index.js";

export const CATEGORY_STATUS: Readonly<Record<ErrorCategory, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  upstream_unavailable: 503,
  upstream_rejected: 502,
  internal: 500,
};

/** Codes whose HTTP status is more precise than their category's. */
export const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  body_too_large: 413,
  unsupported_media_type: 415,
};

export function statusFor(e: AppError): number {
  return STATUS_BY_CODE[e.code] ?? CATEGORY_STATUS[e.category];
}

export function sendError(reply: FastifyReply, e: AppError): FastifyReply {
  const body = {
    error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) },
  };
  return reply.code(statusFor(e)).type("application/json").send(body);
}

/** Fastify's own errors (body parsing, limits) mapped to catalogue codes. */
function fromFastifyError(err: FastifyError, req: FastifyRequest): AppError | undefined {
  switch (err.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return appError("malformed_json", { detail: err.message });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return appError("body_too_large", { limit: req.routeOptions.bodyLimit ?? 1_048_576 });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return appError("unsupported_media_type", { contentType: req.headers["content-type"] ?? "(none)" });
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return appError("invalid_input", { detail: "the Content-Length header does not match the body" });
    default:
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        return appError("invalid_input", { detail: err.message });
      }
      return undefined;
  }
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (isAppException(error)) return sendError(reply, error.error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({ path: v.instancePath || "/", message: v.message }));
      const detail = issues.map((i) => `${i.path} ${i.message}`).join("; ");
      return sendError(
        reply,
        appError("invalid_input", { detail }, { where: error.validationContext, issues }),
      );
    }
    const mapped = fromFastifyError(error, req);
    if (mapped) return sendError(reply, mapped);
    const ref = randomBytes(6).toString("hex");
    req.log.error({ err: error, ref }, "unhandled error");
    return sendError(reply, appError("internal_error", { ref }));
  });
}
