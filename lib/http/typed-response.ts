import type { NextResponse } from "next/server";

/**
 * Response types shared by route handlers and the browser client: a route's body is typed
 * once, where the route builds it, and the client reads that type instead of copying it.
 *
 * How to use it:
 * - In a route, answer with `json(body, status?)` from `./route-handler` and wrap the handler
 *   in `routeHandler(...)`; both keep the body's type (`TypedResponse<typeof body>`), so
 *   `typeof GET` carries it. `noContent()` is typed as an empty (204) answer.
 * - In a client wrapper (`lib/client/*-api.ts`, or a component's `*-api.ts`), import the route
 *   module *as a type only* and ask for its body:
 *
 *   ```ts
 *   import type * as appsRoute from "@/app/api/apps/route";
 *   import type { ResponseBody } from "@/lib/http/typed-response";
 *   export type AppList = ResponseBody<typeof appsRoute.GET>;        // { apps: {...; createdAt: string}[] }
 *   apiFetch<AppList>("/api/apps");
 *   ```
 *
 *   `import type` is erased by the compiler, so nothing server-side reaches the browser bundle.
 * - In a dynamic route, type the params on the context argument,
 *   `routeHandler(async (request, { params }: RouteParams<{ id: string }>) => json(...))`,
 *   not as `routeHandler<{ id: string }>(...)`: an explicit type argument turns off the
 *   inference of the response type, and the body becomes `unknown`.
 * - `ResponseBody` is the 2xx body only (error answers, `{ error: {...} }`, are what `apiFetch`
 *   throws as ApiRequestError), passed through `Jsonify`: what `JSON.parse` gives back, so a
 *   `Date` becomes `string`, keys whose value may be `undefined` become optional, functions go.
 * - A handler that answers a plain `Response` (not `json()`) has body type `unknown`: give it
 *   a `json()` answer, or type that client call by hand with a comment saying why.
 */

declare const responseBody: unique symbol;

/** A JSON response whose body has type `T`. The type parameter is a phantom: nothing is added at run time. */
export type TypedResponse<T> = NextResponse<T> & { readonly [responseBody]?: T };

/** The shape of every error answer (see errorResponse in route-handler.ts). */
/** An error answer: `key` and `params` (an apiErrors catalog key and its values) when the message was written from the catalog. */
export type ApiErrorBody = {
  error: { code: string; key?: string; params?: Record<string, string | number>; message: string; details?: unknown };
};

/** A 204 answer: `apiFetch` gives `undefined` for it. */
// biome-ignore lint/suspicious/noConfusingVoidType: void is the body of an answer that has none, as a function returning nothing.
export type NoContentResponse = Response & { readonly [responseBody]?: void };

type BodyOf<R> = R extends { readonly [responseBody]?: infer B } ? B : unknown;

/** The body a route handler (`typeof GET`) or a response type answers with on success, as the client receives it. */
export type ResponseBody<H> = H extends (...args: never[]) => infer R ? SuccessBody<Awaited<R>> : SuccessBody<Awaited<H>>;

type SuccessBody<R> = WireBody<Exclude<BodyOf<R>, ApiErrorBody>>;
// void: no body at all (204), which apiFetch gives as undefined.
// biome-ignore lint/suspicious/noConfusingVoidType: as above.
type WireBody<B> = unknown extends B ? unknown : B extends void ? void : Jsonify<B>;

type JsonPrimitive = string | number | boolean | null;
// Values JSON.stringify leaves out of objects (and writes as null in arrays).
type Dropped = undefined | symbol | ((...args: never[]) => unknown);

/** The type of `JSON.parse(JSON.stringify(value))` for a `value` of type `T`. */
export type Jsonify<T> = unknown extends T
  ? T // unknown and any stay as they are
  : T extends JsonPrimitive
    ? T
    : T extends { toJSON(...args: never[]): infer J } // Date (→ string), and any other toJSON
      ? Jsonify<J>
      : T extends Dropped | bigint // bigint makes JSON.stringify throw
        ? never
        : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>
          ? Record<string, never>
          : T extends readonly unknown[]
            ? { [K in keyof T]: T[K] extends Dropped ? null : Jsonify<T[K]> }
            : T extends object
              ? JsonifyObject<T>
              : never;

type StringKeys<T> = Extract<keyof T, string | number>;
type DroppedKeys<T> = { [K in StringKeys<T>]: [T[K]] extends [Dropped] ? K : never }[StringKeys<T>];
type MaybeUndefinedKeys<T> = { [K in StringKeys<T>]: undefined extends T[K] ? K : never }[StringKeys<T>];

type JsonifyObject<T> = Flatten<
  { [K in Exclude<StringKeys<T>, DroppedKeys<T> | MaybeUndefinedKeys<T>>]: Jsonify<T[K]> } & {
    [K in Exclude<MaybeUndefinedKeys<T>, DroppedKeys<T>>]?: Jsonify<Exclude<T[K], Dropped>>;
  }
>;

type Flatten<T> = { [K in keyof T]: T[K] } & {};
