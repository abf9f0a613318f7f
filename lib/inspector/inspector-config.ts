import path from "node:path";

// Where the built-in request inspector listens. It is an HTTPS listener of its own (Next
// serves plain HTTP), bound to the loopback interface of the web process, with a
// self-signed certificate that webhook calls trust for this one origin only.

export const INSPECTOR_HOST = "localhost";
const DEFAULT_PORT = 3443;

export function inspectorEnabled(): boolean {
  return process.env.HOOKFLOW_INSPECTOR !== "off";
}

export function inspectorPort(): number {
  const raw = process.env.HOOKFLOW_INSPECTOR_PORT;
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`HOOKFLOW_INSPECTOR_PORT must be a port number (1-65535); got "${raw}".`);
  }
  return port;
}

export function inspectorOrigin(): string {
  return `https://${INSPECTOR_HOST}:${inspectorPort()}`;
}

export function captureUrl(token: string): string {
  return `${inspectorOrigin()}/c/${token}`;
}

export function inspectorTlsDir(): string {
  return path.resolve(process.env.HOOKFLOW_INSPECTOR_TLS_DIR ?? path.join("data", "inspector-tls"));
}

/**
 * True when a webhook URL points at the inspector: https, localhost or 127.0.0.1, and the
 * inspector's port. Such a call connects to 127.0.0.1 and trusts only the inspector's own
 * certificate, so nothing else on the machine can be reached this way.
 */
export function isInspectorUrl(url: URL): boolean {
  if (!inspectorEnabled() || url.protocol !== "https:") return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  return (host === "localhost" || host === "127.0.0.1") && Number(url.port || 443) === inspectorPort();
}
