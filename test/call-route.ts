// Calls a route handler the way Next does: a real Request in, a real Response out.
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type CallOptions<P> = {
  params?: P;
  body?: unknown;
  /** Sent as is, for malformed or oversized bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  method?: string;
};

export async function callRoute<P = Record<string, never>>(handler: Handler<P>, options: CallOptions<P> = {}) {
  const url = new URL("http://localhost/api/test");
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const request = new Request(url, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...options.headers },
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the route answered.
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}
