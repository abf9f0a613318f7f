// Next.js calls register() once when the server starts. The web process serves the request
// inspector's HTTPS listener (unless HOOKFLOW_INSPECTOR=off) and runs the workflow runner
// (unless HOOKFLOW_WORKER=off; then run `npm run worker` separately).
// NEXT_RUNTIME and NEXT_PHASE are Next's own markers, not Hookflow configuration: Next
// replaces NEXT_RUNTIME at compile time so the edge bundle drops the Node-only imports below.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const settings = (await import("@/lib/config")).configOrExit();
  const { startInspector, stopInspector } = await import("@/lib/inspector/start-inspector");
  await startInspector();
  const worker = settings.worker ? (await import("@/lib/workflows/start-runner")).startRunner() : null;
  const stop = () => void Promise.all([worker?.stop(), stopInspector()]).finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
