import { inspectorEnabled, inspectorOrigin, inspectorPort } from "./inspector-config";
import type { InspectorStatus } from "./inspector-schemas";
import { startInspectorServer, type InspectorServer } from "./inspector-server";

// Starts the inspector's listener with the web process (instrumentation.ts) and remembers
// how that went, for the Request inspector page. The state lives on globalThis because
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

export function inspectorStatus(): InspectorStatus {
  const state = store[KEY];
  const enabled = inspectorEnabled();
  return {
    enabled,
    running: enabled && Boolean(state?.running),
    origin: inspectorOrigin(),
    error: enabled ? (state?.error ?? (state ? null : "The request inspector starts with the web server (npm start); it is not running in this process.")) : "The request inspector is turned off (HOOKFLOW_INSPECTOR=off).",
  };
}
