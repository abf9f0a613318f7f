import fs from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, test } from "vitest";
import type * as appsRoute from "@/app/api/apps/route";
import type * as captureRoute from "@/app/api/inspector/capture-urls/[id]/captures/[captureId]/route";
import type * as capturesRoute from "@/app/api/inspector/capture-urls/[id]/captures/route";
import type * as captureUrlRoute from "@/app/api/inspector/capture-urls/[id]/route";
import type * as captureUrlsRoute from "@/app/api/inspector/capture-urls/route";
import type * as inspectorRoute from "@/app/api/inspector/route";
import type { AppSummary, AppWithSecret } from "@/lib/apps/app-schemas";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { CaptureDetail, CaptureSummary, CaptureUrlSummary, InspectorStatus } from "@/lib/inspector/inspector-schemas";
import type * as recordRoute from "@/app/api/records/[id]/route";
import type * as recordsRoute from "@/app/api/records/route";
import type * as secretsRoute from "@/app/api/secrets/route";
import type * as hookEventsRoute from "@/app/api/workflows/[id]/hook-events/route";
import type * as workflowRoute from "@/app/api/workflows/[id]/route";
import type * as workflowsRoute from "@/app/api/workflows/route";
import type { hookApi } from "@/components/trigger/hook-events-api";
import type { RecordDetail, RecordListResponse } from "@/lib/crm/record-schemas";
import type { SecretSummary } from "@/lib/secrets/secret-schemas";
import type { Workflow, WorkflowSummary } from "@/lib/workflows/workflow-schema";
import type * as enrollmentRoute from "@/app/api/enrollments/[id]/route";
import type * as enrollmentsRoute from "@/app/api/workflows/[id]/enrollments/route";
import type { runHistoryApi } from "@/components/run-history/run-history-api";
import type { IncomingResponse, OutgoingRequest } from "@/lib/webhooks/guarded-request";
import type { appsApi } from "./apps-api";
import type { inspectorApi } from "./inspector-api";
import type { recordsApi } from "./records-api";
import type { secretsApi } from "./secrets-api";
import type { workflowsApi } from "./workflows-api";

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
    expectTypeOf<Returns<typeof inspectorApi.overview>>().toEqualTypeOf<{
      status: InspectorStatus;
      captureUrls: CaptureUrlSummary[];
      bins: CaptureUrlSummary[];
    }>();
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

describe("records, secrets and workflows clients", () => {
  test("return their routes' bodies", () => {
    expectTypeOf<Returns<typeof recordsApi.list>>().toEqualTypeOf<ResponseBody<typeof recordsRoute.GET>>();
    expectTypeOf<Returns<typeof recordsApi.list>>().toEqualTypeOf<RecordListResponse>();
    expectTypeOf<Returns<typeof recordsApi.get>>().toEqualTypeOf<ResponseBody<typeof recordRoute.GET>>();
    expectTypeOf<Returns<typeof recordsApi.get>>().toEqualTypeOf<RecordDetail>();
    expectTypeOf<Returns<typeof secretsApi.list>>().toEqualTypeOf<ResponseBody<typeof secretsRoute.GET>["secrets"]>();
    expectTypeOf<Returns<typeof secretsApi.list>>().toEqualTypeOf<SecretSummary[]>();
    expectTypeOf<Returns<typeof secretsApi.create>>().toEqualTypeOf<SecretSummary>();
    expectTypeOf<Returns<typeof secretsApi.remove>>().toEqualTypeOf<void>();
    expectTypeOf<Returns<typeof workflowsApi.list>>().toEqualTypeOf<ResponseBody<typeof workflowsRoute.GET>["workflows"]>();
    expectTypeOf<Returns<typeof workflowsApi.list>>().branded.toEqualTypeOf<WorkflowSummary[]>();
    expectTypeOf<Returns<typeof workflowsApi.get>>().toEqualTypeOf<ResponseBody<typeof workflowRoute.GET>>();
    expectTypeOf<Returns<typeof workflowsApi.get>>().branded.toEqualTypeOf<Workflow>();
    expectTypeOf<Returns<typeof workflowsApi.create>>().branded.toEqualTypeOf<Workflow>();
    expectTypeOf<Returns<typeof workflowsApi.update>>().branded.toEqualTypeOf<Workflow>();
    expectTypeOf<Returns<typeof workflowsApi.remove>>().toEqualTypeOf<void>();
  });

  test("hook events: the stored row as JSON, headers read back as a name → value map", () => {
    expectTypeOf<Returns<typeof hookApi.events>>().toEqualTypeOf<ResponseBody<typeof hookEventsRoute.GET>["events"]>();
    type HookEvent = Returns<typeof hookApi.events>[number];
    expectTypeOf<HookEvent["receivedAt"]>().toEqualTypeOf<string>();
    expectTypeOf<HookEvent["headers"]>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<HookEvent["bodyBytes"]>().toEqualTypeOf<number>();
    expectTypeOf<HookEvent["body"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Returns<typeof hookApi.regenerateToken>>().branded.toEqualTypeOf<Workflow>();
  });
});

describe("run history client", () => {
  test("returns the enrollment routes' bodies, with stored requests and responses typed", () => {
    expectTypeOf<Returns<typeof runHistoryApi.get>>().toEqualTypeOf<ResponseBody<typeof enrollmentRoute.GET>>();
    expectTypeOf<Returns<typeof runHistoryApi.list>>().toEqualTypeOf<ResponseBody<typeof enrollmentsRoute.GET>>();
    expectTypeOf<Returns<typeof runHistoryApi.enroll>>().toEqualTypeOf<{ enrollmentId: string }>();
    type Attempt = Returns<typeof runHistoryApi.get>["steps"][number]["attempts"][number];
    expectTypeOf<Attempt["request"]>().toEqualTypeOf<OutgoingRequest | null>();
    expectTypeOf<Attempt["response"]>().toEqualTypeOf<IncomingResponse | null>();
    expectTypeOf<Returns<typeof runHistoryApi.get>["status"]>().toEqualTypeOf<"ACTIVE" | "COMPLETED" | "FAILED" | "CANCELLED">();
  });
});

// A new client call with a hand-written response type would pass the type checks above, so
// the client wrappers are read as text too: every apiFetch<T> names a route's ResponseBody.
describe("client wrappers", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  // Every file of the browser's code that calls apiFetch with a type (api-fetch.ts itself aside).
  const files = ["lib/client", "components"]
    .flatMap((dir) => (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((name) => path.join(dir, name)))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith("api-fetch.ts") && !file.endsWith(".test.ts"))
    .filter((file) => fs.readFileSync(path.join(root, file), "utf8").includes("apiFetch<"));

  /** The type argument of each apiFetch<...> call, brackets balanced. */
  function typeArguments(source: string): string[] {
    const found: string[] = [];
    for (let at = source.indexOf("apiFetch<"); at !== -1; at = source.indexOf("apiFetch<", at + 1)) {
      let depth = 0;
      let end = at + "apiFetch".length;
      for (; end < source.length; end++) {
        if (source[end] === "<") depth++;
        else if (source[end] === ">" && --depth === 0) break;
      }
      found.push(source.slice(at + "apiFetch<".length, end).trim());
    }
    return found;
  }

  test.each(files)("%s types every call by its route", (file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const args = typeArguments(source);
    expect(args.length).toBeGreaterThan(0);
    for (const arg of args) {
      const fromRoute = arg.startsWith("ResponseBody<typeof ") || new RegExp(`type ${arg} = [^;]*ResponseBody<typeof `).test(source);
      expect(fromRoute, `${file}: apiFetch<${arg}> should be a route's ResponseBody`).toBe(true);
    }
  });
});
