// The web server npm start runs (scripts/start.mjs), in place of `next start`: the same Next app
// through Next's programmatic API on PORT, on every interface like next start, with one
// difference: each request's forwarding headers are rewritten first (scripts/forwarded-headers.mjs),
// so the client address the app sees is the connection's, not whatever the client claimed.
// Run after a build: start.mjs builds when the sources changed.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rewriteForwardedHeaders, trustsProxy } from "./forwarded-headers.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// As next start does: a production server runs in production mode whatever the shell says.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const port = Number(process.env.PORT || 3000);
const trustProxy = trustsProxy(process.env.HOOKFLOW_TRUST_PROXY);

const { default: next } = await import("next");
// Listens on every interface, as next start without -H (not on HOSTNAME: Docker sets it to the container's id).
const app = next({ dev: false, dir: root, port, hostname: "localhost" });
// prepare() loads instrumentation.ts, whose register() starts the runner and the request inspector.
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  rewriteForwardedHeaders(request.headers, request.socket.remoteAddress, trustProxy);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
    response.end("Internal Server Error");
  });
});
server.on("error", (error) => {
  console.error(`Hookflow could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

// On SIGTERM or SIGINT stop taking requests; instrumentation.ts's own handler lets the runner
// finish its work in flight and then ends the process. Should nothing end it, this does, after
// the runner's grace period and a little more.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), Number(process.env.HOOKFLOW_SHUTDOWN_GRACE_MS || 10_000) + 5_000).unref();
  });
}
