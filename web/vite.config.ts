import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `vite` (dev) forwards API calls to a running `ledgerbridge serve`; the built files in dist/web are
// served by that same server in production, so the app and the API share one origin (cookie session).
const apiTarget = process.env.LEDGERBRIDGE_API_URL ?? "http://localhost:8080";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: { proxy: { "/api": apiTarget, "/health": apiTarget } },
});
