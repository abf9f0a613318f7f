// The benchmark's webhook endpoint, in a process of its own so TLS and HTTP parsing on the
// receiving side do not share an event loop with the runner being measured (on this 2-core
// machine the processes still share the CPUs, as a co-located receiver would).
// It is the test receiver (test CA certificate, 200 {"ok":true}) behind an IPC channel: the
// parent asks for counts instead of reading the captured requests, can make it answer late
// (a slow destination), and can ask to be told of each arrival (latency).
import { startHttpsReceiver } from "../test/https-receiver";

/**
 * Times are epoch milliseconds with sub-millisecond precision (performance.timeOrigin +
 * performance.now()), comparable with the same clock read in another process of this machine.
 */
export type ReceiverMessage =
  | { type: "ready"; url: string }
  | { type: "count"; requests: number; deliveryIds: number; firstAt: number | null; lastAt: number | null; rss: number }
  | { type: "arrival"; at: number; deliveryId: string };

export type ReceiverCommand =
  | { type: "count" | "reset" }
  /** Answer every request this many milliseconds after it arrived (0: at once). */
  | { type: "delay"; ms: number }
  /** Send an "arrival" message for every request from now on (or stop). */
  | { type: "watch"; on: boolean };

const now = () => performance.timeOrigin + performance.now();

let delayMs = 0;
let watching = false;
let firstAt: number | null = null;
let lastAt: number | null = null;
// Distinct delivery ids tell "every delivery arrived once" apart from "N requests arrived".
const deliveryIds = new Set<string>();
const receiver = await startHttpsReceiver((request) => {
  const at = now();
  firstAt ??= at;
  lastAt = at;
  const deliveryId = request.headers["x-hookflow-delivery-id"] ?? "";
  deliveryIds.add(deliveryId);
  if (watching) send({ type: "arrival", at, deliveryId });
  return { status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}', delayMs };
});
// Peak resident memory of this process, sampled; reported with each count.
let peakRss = process.memoryUsage().rss;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50).unref();

const send = (message: ReceiverMessage) => process.send!(message);

// "count" reports what arrived since the last reset; "reset" reports it too, then starts over.
process.on("message", (command: ReceiverCommand) => {
  if (command.type === "delay") delayMs = command.ms;
  else if (command.type === "watch") watching = command.on;
  else {
    const rss = Math.max(peakRss, process.memoryUsage().rss);
    send({ type: "count", requests: receiver.requests.length, deliveryIds: deliveryIds.size, firstAt, lastAt, rss });
    if (command.type === "reset") {
      receiver.requests.length = 0;
      deliveryIds.clear();
      firstAt = lastAt = null;
    }
  }
});
// The parent going away (even by a crash) ends the receiver with it.
process.on("disconnect", () => void receiver.close().finally(() => process.exit(0)));

send({ type: "ready", url: receiver.url });
