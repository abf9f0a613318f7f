import type { IncomingHttpHeaders } from "node:http";

export function rewriteForwardedHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustProxy: boolean,
): IncomingHttpHeaders;
export function trustsProxy(value: string | undefined): boolean;
