// Next.js calls register() once when the server starts: the web process also runs the
// workflow runner unless HOOKFLOW_WORKER=off (then run `npm run worker` separately).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.HOOKFLOW_WORKER === "off") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRunner } = await import("@/lib/workflows/start-runner");
  const worker = startRunner();
  const stop = () => void worker.stop().finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
