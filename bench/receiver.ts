// The benchmark's webhook endpoint, in a process of its own so TLS and HTTP parsing on the
// receiving side do not share an event loop with the runner being measured (on this 2-core
// machine the two processes still share the CPUs, as a co-located receiver would).
// It is the test receiver (test CA certificate, 200 {"ok":true} at once) behind an IPC
// channel: the parent asks for counts instead of reading the captured requests.
import { startHttpsReceiver } from "../test/https-receiver";

export type ReceiverMessage = { type: "ready"; url: string } | { type: "count"; requests: number; deliveryIds: number; rss: number };

const receiver = await startHttpsReceiver();
// Peak resident memory of this process, sampled; reported with each count.
let peakRss = process.memoryUsage().rss;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50).unref();

const send = (message: ReceiverMessage) => process.send!(message);

// "count" reports what arrived since the last reset; "reset" reports it too, then starts over.
process.on("message", (message: { type: "count" | "reset" }) => {
  // Distinct delivery ids tell "every delivery arrived once" apart from "N requests arrived".
  const ids = new Set(receiver.requests.map((r) => r.headers["x-hookflow-delivery-id"]));
  send({ type: "count", requests: receiver.requests.length, deliveryIds: ids.size, rss: Math.max(peakRss, process.memoryUsage().rss) });
  if (message.type === "reset") receiver.requests.length = 0;
});
// The parent going away (even by a crash) ends the receiver with it.
process.on("disconnect", () => void receiver.close().finally(() => process.exit(0)));

send({ type: "ready", url: receiver.url });
