import { MASK } from "./outgoing";

// "Copy as curl": a request as a shell command a person can paste, for a Test's request and
// for a request the inspector captured. It is built from what those already show, which has
// secrets masked (a Test's request: the API key and client secret as ********; a capture:
// stored secrets as [secret NAME]); credential headers are masked here too, whatever they
// hold, so no copied command carries a credential the page did not show masked.

export type CurlRequest = {
  method: string;
  url: string;
  headers: Record<string, string> | readonly (readonly [string, string])[];
  body?: string | null;
  /** "base64": the body is binary, kept as base64 (a shell argument cannot hold every byte). */
  bodyEncoding?: "utf8" | "base64";
  /** The body was cut when stored: the command says so, as it sends only the part kept. */
  bodyTruncated?: boolean;
};

/** Headers that carry credentials: their values never reach the command. */
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"]);
/** Headers curl writes itself from the command (or that describe one connection only). */
const CURL_SETS = new Set([
  "host",
  "content-length",
  "connection",
  "transfer-encoding",
  "keep-alive",
  "te",
  "upgrade",
  "trailer",
  "expect",
]);

/** One shell word in single quotes: nothing inside is expanded; a ' ends the quote, is escaped, and opens a new one. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function masked(name: string, value: string): string {
  if (!CREDENTIAL_HEADERS.has(name.toLowerCase())) return value;
  // Keep the scheme ("Bearer", "Basic") so the command shows what kind of credential goes there.
  const scheme = /^([A-Za-z][\w-]*) +\S/.exec(value)?.[1];
  if (value === MASK || /^\[secret [^\]]+\]$/.test(value)) return value;
  return scheme ? `${scheme} ${MASK}` : MASK;
}

/**
 * The request as a curl command, one option per line. `insecure` adds -k, for a receiver
 * with a self-signed certificate (the request inspector's own).
 */
export function curlCommand(request: CurlRequest, options: { insecure?: boolean } = {}): string {
  const method = request.method.toUpperCase();
  const body = request.body ?? "";
  const hasBody = body !== "";
  const entries = Array.isArray(request.headers)
    ? (request.headers as readonly (readonly [string, string])[])
    : Object.entries(request.headers as Record<string, string>);

  // The first line: curl, its flags and the URL; then one option per line.
  const first: string[] = ["curl"];
  if (options.insecure) first.push("-k");
  if (method === "HEAD") first.push("--head");
  else if (!(method === "GET" && !hasBody) && !(method === "POST" && hasBody)) first.push(`-X ${shellQuote(method)}`);
  // [ ] { } in a URL are curl's globbing (a masked value, "[secret NAME]", has them): off, so the URL is sent as written.
  if (/[[\]{}]/.test(request.url)) first.push("--globoff");
  first.push(shellQuote(request.url));
  const words = [first.join(" ")];
  for (const [name, raw] of entries) {
    if (CURL_SETS.has(name.toLowerCase())) continue;
    // A header value cannot hold a line break; one that did would make the command send two headers.
    const value = masked(name, raw).replace(/[\r\n]+/g, " ");
    // "Name;" is curl's way to send a header with an empty value ("Name:" would remove it).
    words.push(`-H ${shellQuote(value === "" ? `${name};` : `${name}: ${value}`)}`);
  }
  let prefix = "";
  if (hasBody && request.bodyEncoding === "base64") {
    prefix = `printf %s ${shellQuote(body)} | base64 --decode | `;
    words.push("--data-binary @-");
  } else if (hasBody) {
    words.push(`--data-binary ${shellQuote(body)}`);
  }
  const note = hasBody && request.bodyTruncated ? "# The body was cut when it was captured: this sends only the part that was kept.\n" : "";
  return `${note}${prefix}${words.join(" \\\n  ")}`;
}
