import { describe, expectTypeOf, test } from "vitest";
import type * as appRoute from "@/app/api/apps/[appId]/route";
import type * as appsRoute from "@/app/api/apps/route";
import type { AppSummary, AppWithSecret } from "@/lib/apps/app-schemas";
import type { Jsonify, ResponseBody } from "./typed-response";

// Type-level tests: checked by `tsc --noEmit` (npm test's first step); at run time they are no-ops.

describe("Jsonify", () => {
  test("turns a value into what JSON.parse(JSON.stringify(value)) gives back", () => {
    expectTypeOf<Jsonify<{ at: Date; n: number; s: "a" | "b"; nil: null }>>().toEqualTypeOf<{
      at: string;
      n: number;
      s: "a" | "b";
      nil: null;
    }>();
    expectTypeOf<Jsonify<{ maybe?: string; orUndefined: number | undefined }>>().toEqualTypeOf<{ maybe?: string; orUndefined?: number }>();
    expectTypeOf<Jsonify<{ gone: undefined; fn: () => void; kept: boolean }>>().toEqualTypeOf<{ kept: boolean }>();
    expectTypeOf<Jsonify<{ list: { at: Date | null }[] }>>().toEqualTypeOf<{ list: { at: string | null }[] }>();
    expectTypeOf<Jsonify<[Date, undefined]>>().toEqualTypeOf<[string, null]>();
    expectTypeOf<Jsonify<Record<string, Date>>>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<Jsonify<unknown>>().toBeUnknown();
  });
});

describe("ResponseBody", () => {
  test("is the success body a route handler answers with json(), not its error answers", () => {
    expectTypeOf<ResponseBody<typeof appsRoute.GET>>().toEqualTypeOf<{ apps: AppSummary[] }>();
    expectTypeOf<ResponseBody<typeof appsRoute.POST>>().branded.toEqualTypeOf<AppWithSecret>();
  });

  test("is void for a 204 answer and never for a method the route refuses", () => {
    expectTypeOf<ResponseBody<typeof appRoute.DELETE>>().toEqualTypeOf<void>();
    expectTypeOf<ResponseBody<typeof appRoute.GET>>().toBeNever();
  });
});
