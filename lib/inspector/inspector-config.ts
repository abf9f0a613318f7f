import { config } from "@/lib/config";

// Where the built-in request inspector listens. It is an HTTPS listener of its own (Next
// serves plain HTTP), bound to the loopback interface of the web process, with a
// self-signed certificate that webhook calls trust for this one origin only.

const INSPECTOR_HOST = "localhost";
export function inspectorEnabled(): boolean {
  return config().inspector;
}

export function inspectorPort(): number {
  return config().inspectorPort;
}

export function inspectorOrigin(): string {
  return `https://${INSPECTOR_HOST}:${inspectorPort()}`;
}

/** The address of the capture URL with this token. */
export function captureUrlAddress(token: string): string {
  return `${inspectorOrigin()}/c/${token}`;
}

export function inspectorTlsDir(): string {
  return config().inspectorTlsDir;
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
