// Next.js calls register() once when the server starts. The web process serves the request
// inspector's HTTPS listener (unless HOOKFLOW_INSPECTOR=off) and runs the workflow runner
// (unless HOOKFLOW_WORKER=off; then run `npm run worker` separately).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startInspector, stopInspector } = await import("@/lib/inspector/start-inspector");
  await startInspector();
  const worker = process.env.HOOKFLOW_WORKER === "off" ? null : (await import("@/lib/workflows/start-runner")).startRunner();
  const stop = () => void Promise.all([worker?.stop(), stopInspector()]).finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
