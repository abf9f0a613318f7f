// The comparison for Hookflow's PostgreSQL runner: the same deliveries through graphile-worker
// (a well-known PostgreSQL job queue), one worker process like one `npm run worker`, on the
// same database, with the same HTTPS client, the same request builder and the same number of
// deliveries in flight. Its task does what Hookflow's runner does for a step minus
// Hookflow's own bookkeeping: load the record (the runner's loader), build the request, send
// it through guardedRequest, and fail (graphile-worker retries) unless the receiver said 200.
// Forked by bench/deliveries.ts; configured by the environment:
// DATABASE_URL, BENCH_RECEIVER_URL, BENCH_CONCURRENCY.
import { Logger, run, type Task } from "graphile-worker";
import { storedCredentials } from "@/lib/actions/send-webhook/executor";
import { buildWebhookRequest } from "@/lib/actions/send-webhook/build-request";
import { loadRecordsForRun } from "@/lib/crm/records";
import { db } from "@/lib/db";
import { guardedRequest } from "@/lib/webhooks/guarded-request";
import { GRAPHILE_TASK, positiveInt, webhookConfig } from "./harness";

/** A job's payload, as bench/deliveries.ts adds it. */
export type DeliverPayload = { recordId: number; deliveryId: string };

const config = webhookConfig(process.env.BENCH_RECEIVER_URL!);
const concurrency = positiveInt("BENCH_CONCURRENCY", 64);

const deliver: Task = async (payload) => {
  const { recordId, deliveryId } = payload as DeliverPayload;
  const record = (await loadRecordsForRun([recordId], new Set())).get(recordId);
  if (!record) throw new Error(`record ${recordId} not found`);
  const { request } = await buildWebhookRequest(config, { record }, { deliveryId, now: new Date(), credentials: storedCredentials });
  const result = await guardedRequest(request);
  if (!result.ok) throw new Error(result.failure.error.text);
  if (result.response.status !== 200) throw new Error(`the receiver answered ${result.response.status}`);
};

// Warnings and errors only: graphile-worker logs every job at "info".
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`  [graphile-worker] ${message}`);
});

const runner = await run({
  connectionString: process.env.DATABASE_URL,
  concurrency,
  // graphile-worker's advice: a pool at least as large as the concurrency (it warns otherwise).
  maxPoolSize: concurrency,
  noHandleSignals: true,
  logger,
  taskList: { [GRAPHILE_TASK]: deliver },
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await runner.stop();
  await db.$disconnect();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("disconnect", stop);
process.send!({ type: "ready" });
