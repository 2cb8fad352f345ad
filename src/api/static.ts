/**
 * Serves the built web app from `dist/web`, with the single-page fallback: any GET outside `/api` that
 * is not a file answers `index.html`, so links like `/c/<id>/transfer-log` open the app.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { appError } from "../core/index.js";
import { sendError } from "./errors.js";

export const WEB_DIST = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export async function installStatic(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  const hasWeb = existsSync(`${root}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith("/api/") || req.url === "/api" || req.url.startsWith("/health");
    if (!isApi && req.method === "GET" && hasWeb) return reply.type("text/html").sendFile("index.html");
    return sendError(
      reply,
      appError("route_not_found", { method: req.method, url: req.url.split("?")[0] ?? "" }),
    );
  });
}
