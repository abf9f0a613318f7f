import type * as enrollmentRoute from "@/app/api/enrollments/[id]/route";
import type * as cancelRoute from "@/app/api/enrollments/[id]/cancel/route";
import type * as retryRoute from "@/app/api/enrollments/[id]/retry/route";
import type * as runsRoute from "@/app/api/enrollments/route";
import type * as unenrollRoute from "@/app/api/workflows/[id]/unenroll/route";
import type * as enrollmentsRoute from "@/app/api/workflows/[id]/enrollments/route";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ResponseBody } from "@/lib/http/typed-response";
import { ENROLLMENT_STATUSES, type EnrollmentStatus } from "@/lib/workflows/run-statuses";

// The run history's wire shapes come from its routes (lib/workflows/enrollments.ts builds them).
export type { AttemptOutcome, EnrollmentStatus, StepStatus } from "@/lib/workflows/enrollments";
export type EnrollmentPage = ResponseBody<typeof enrollmentsRoute.GET>;
export type EnrollmentSummary = EnrollmentPage["enrollments"][number];
export type EnrollmentDetail = ResponseBody<typeof enrollmentRoute.GET>;
export type EnrollmentStep = EnrollmentDetail["steps"][number];
export type DeliveryAttempt = EnrollmentStep["attempts"][number];
type RetryAnswer = ResponseBody<typeof retryRoute.POST>;
type CancelAnswer = ResponseBody<typeof cancelRoute.POST>;
type UnenrollAnswer = ResponseBody<typeof unenrollRoute.POST>;
export type RunsPage = ResponseBody<typeof runsRoute.GET>;
export type RunSummary = RunsPage["runs"][number];
/** POST /api/workflows/:id/enrollments with one {recordId}: its answer names the one enrollment. */
type EnrollAnswer = Extract<ResponseBody<typeof enrollmentsRoute.POST>, { enrollmentId: string }>;
/** …with {recordIds} or {search}: one enrollment per record. */
type EnrollManyAnswer = Extract<ResponseBody<typeof enrollmentsRoute.POST>, { enrollmentIds: string[] }>;

export function parseStatusFilter(value: string | null | undefined): EnrollmentStatus | undefined {
  const upper = value?.toUpperCase();
  return ENROLLMENT_STATUSES.find((s) => s === upper);
}

export const runHistoryKeys = {
  all: ["enrollments"] as const,
  list: (workflowId: string, status: EnrollmentStatus | undefined) => ["enrollments", "list", workflowId, status ?? "ALL"] as const,
  detail: (enrollmentId: string) => ["enrollments", "detail", enrollmentId] as const,
  runs: (status: EnrollmentStatus | undefined, workflowId: string | undefined) =>
    ["enrollments", "runs", status ?? "ALL", workflowId ?? "ALL"] as const,
};

// While a run is active the page polls; the runner usually finishes a step within a second or two.
export const ACTIVE_REFRESH_MS = 2000;

export const runHistoryApi = {
  list: (workflowId: string, params: { status?: EnrollmentStatus; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    apiFetch<EnrollmentPage>(`/api/workflows/${encodeURIComponent(workflowId)}/enrollments`, {
      query: { status: params.status, cursor: params.cursor, limit: params.limit ?? 25 },
      signal,
    }),
  get: (enrollmentId: string, signal?: AbortSignal) =>
    apiFetch<EnrollmentDetail>(`/api/enrollments/${encodeURIComponent(enrollmentId)}`, { signal }),
  enroll: (workflowId: string, recordId: number) =>
    apiFetch<EnrollAnswer>(`/api/workflows/${encodeURIComponent(workflowId)}/enrollments`, { method: "POST", json: { recordId } }),
  /** Several records by id, or every record a search finds ({q}: "" for all of the workflow's type). */
  enrollMany: (workflowId: string, records: { recordIds: number[] } | { search: { q: string } }) =>
    apiFetch<EnrollManyAnswer>(`/api/workflows/${encodeURIComponent(workflowId)}/enrollments`, { method: "POST", json: records }),
  runs: (params: { status?: EnrollmentStatus; workflowId?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    apiFetch<RunsPage>("/api/enrollments", {
      query: { status: params.status, workflowId: params.workflowId, cursor: params.cursor, limit: params.limit ?? 25 },
      signal,
    }),
  cancel: (enrollmentId: string) =>
    apiFetch<CancelAnswer>(`/api/enrollments/${encodeURIComponent(enrollmentId)}/cancel`, { method: "POST" }),
  unenroll: (workflowId: string, recordId: number) =>
    apiFetch<UnenrollAnswer>(`/api/workflows/${encodeURIComponent(workflowId)}/unenroll`, { method: "POST", json: { recordId } }),
  retry: (enrollmentId: string) => apiFetch<RetryAnswer>(`/api/enrollments/${encodeURIComponent(enrollmentId)}/retry`, { method: "POST" }),
};
