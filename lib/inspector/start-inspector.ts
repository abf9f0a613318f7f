import { guardedRequest } from "@/lib/webhooks/guarded-request";
import { inspectorEnabled, inspectorOrigin, inspectorPort } from "./inspector-config";
import type { InspectorStatus } from "./inspector-schemas";
import { startInspectorServer, type InspectorServer } from "./inspector-server";

// Starts the inspector's listener with the web process (instrumentation.ts) and remembers
// why it could not, for the Request inspector page. The state lives on globalThis because
// Next loads instrumentation and route handlers as separate bundles in one process.

type State = { running: boolean; error: string | null; server?: InspectorServer };
const KEY = Symbol.for("hookflow.inspector");
const store = globalThis as unknown as { [KEY]?: State };

export async function startInspector(): Promise<void> {
  if (!inspectorEnabled() || store[KEY]?.running) return;
  try {
    const server = await startInspectorServer();
    store[KEY] = { running: true, error: null, server };
    console.log(`[hookflow] request inspector listening at ${inspectorOrigin()}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EADDRINUSE"
        ? `Port ${inspectorPort()} is already in use (another Hookflow?). Set HOOKFLOW_INSPECTOR_PORT to a free port and restart.`
        : `The request inspector could not start: ${(error as Error).message}`;
    store[KEY] = { running: false, error: message };
    console.error(`[hookflow] ${message}`);
  }
}

export async function stopInspector(): Promise<void> {
  const state = store[KEY];
  if (!state?.server) return;
  await state.server.close();
  store[KEY] = { running: false, error: null };
}

/**
 * Whether capture URLs answer: asks the listener itself, through the same client webhooks use,
 * so it holds whichever process serves it (with several web processes only one can).
 */
export async function inspectorStatus(): Promise<InspectorStatus> {
  const origin = inspectorOrigin();
  if (!inspectorEnabled())
    return { enabled: false, running: false, origin, error: "The request inspector is turned off (HOOKFLOW_INSPECTOR=off)." };
  const probe = await guardedRequest(
    { method: "GET", url: `${origin}/`, headers: {} },
    { connectTimeoutMs: 1000, responseTimeoutMs: 2000 },
  );
  if (probe.ok && probe.response.status === 404 && probe.response.body.includes("request inspector"))
    return { enabled: true, running: true, origin, error: null };
  const reason = store[KEY]?.error ?? (probe.ok ? `Something else answers at ${origin}.` : probe.failure.error.text);
  return { enabled: true, running: false, origin, error: `The request inspector is not answering at ${origin}: ${reason}` };
}
