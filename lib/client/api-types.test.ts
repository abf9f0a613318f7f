import { describe, expectTypeOf, test } from "vitest";
import type * as appsRoute from "@/app/api/apps/route";
import type * as captureRoute from "@/app/api/inspector/capture-urls/[id]/captures/[captureId]/route";
import type * as capturesRoute from "@/app/api/inspector/capture-urls/[id]/captures/route";
import type * as captureUrlRoute from "@/app/api/inspector/capture-urls/[id]/route";
import type * as captureUrlsRoute from "@/app/api/inspector/capture-urls/route";
import type * as inspectorRoute from "@/app/api/inspector/route";
import type { AppSummary, AppWithSecret } from "@/lib/apps/app-schemas";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { CaptureDetail, CaptureSummary, CaptureUrlSummary, InspectorStatus } from "@/lib/inspector/inspector-schemas";
import type { appsApi } from "./apps-api";
import type { inspectorApi } from "./inspector-api";

// Type-level tests, checked by `tsc --noEmit`: each client call returns what its route
// answers (ResponseBody of the handler), and that body is the shape the domain code
// declares, so a route whose body drifts, or one whose type falls back to `unknown`, fails here.

type Returns<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

describe("apps client", () => {
  test("returns the apps routes' bodies", () => {
    expectTypeOf<Returns<typeof appsApi.list>>().toEqualTypeOf<ResponseBody<typeof appsRoute.GET>["apps"]>();
    expectTypeOf<Returns<typeof appsApi.list>>().toEqualTypeOf<AppSummary[]>();
    expectTypeOf<Returns<typeof appsApi.create>>().toEqualTypeOf<ResponseBody<typeof appsRoute.POST>>();
    expectTypeOf<Returns<typeof appsApi.rotateSecret>>().branded.toEqualTypeOf<AppWithSecret>();
  });
});

describe("inspector client", () => {
  test("returns the capture URL routes' bodies", () => {
    expectTypeOf<Returns<typeof inspectorApi.overview>>().toEqualTypeOf<ResponseBody<typeof inspectorRoute.GET>>();
    expectTypeOf<Returns<typeof inspectorApi.overview>>().toEqualTypeOf<{ status: InspectorStatus; captureUrls: CaptureUrlSummary[]; bins: CaptureUrlSummary[] }>();
    expectTypeOf<Returns<typeof inspectorApi.create>>().toEqualTypeOf<ResponseBody<typeof captureUrlsRoute.POST>>();
    expectTypeOf<Returns<typeof inspectorApi.create>>().toEqualTypeOf<CaptureUrlSummary>();
    expectTypeOf<Returns<typeof inspectorApi.update>>().toEqualTypeOf<CaptureUrlSummary>();
    expectTypeOf<Returns<typeof inspectorApi.remove>>().toEqualTypeOf<ResponseBody<typeof captureUrlRoute.DELETE>>();
    expectTypeOf<Returns<typeof inspectorApi.remove>>().toEqualTypeOf<void>();
    expectTypeOf<Returns<typeof inspectorApi.captures>>().toEqualTypeOf<ResponseBody<typeof capturesRoute.GET>["captures"]>();
    expectTypeOf<Returns<typeof inspectorApi.captures>>().toEqualTypeOf<CaptureSummary[]>();
    expectTypeOf<Returns<typeof inspectorApi.capture>>().toEqualTypeOf<ResponseBody<typeof captureRoute.GET>>();
    expectTypeOf<Returns<typeof inspectorApi.capture>>().branded.toEqualTypeOf<CaptureDetail>();
    expectTypeOf<Returns<typeof inspectorApi.clear>>().toEqualTypeOf<void>();
  });
});
