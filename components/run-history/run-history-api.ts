import { apiFetch } from "@/lib/client/api-fetch";
import type { ExchangeRequest, ExchangeResponse } from "@/components/webhook-exchange/exchange-view";

// Wire shapes of the run history routes (lib/workflows/enrollments.ts builds them).

export type EnrollmentStatus = "ACTIVE" | "COMPLETED" | "FAILED";
export type StepStatus = "PENDING" | "RUNNING" | "RETRY_SCHEDULED" | "SUCCEEDED" | "FAILED";
export type AttemptOutcome = "SUCCESS" | "RETRYABLE" | "FINAL";

export type RunRecord = { id: number | string; displayName: string | null; objectType: string };

export type EnrollmentSummary = {
  id: string;
  recordId: number | string;
  record: RunRecord | null;
  status: EnrollmentStatus;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type EnrollmentPage = { enrollments: EnrollmentSummary[]; nextCursor: string | null };

export type DeliveryAttempt = {
  attempt: number;
  outcome: AttemptOutcome;
  startedAt: string;
  durationMs: number;
  request: ExchangeRequest | null;
  response: ExchangeResponse | null;
  error: string | null;
  nextAttemptAt: string | null;
};

export type EnrollmentStep = {
  actionId: string;
  actionType: string;
  status: StepStatus;
  deliveryId: string;
  outputs: Record<string, unknown> | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** When the step's queued job is due: a step behind a Delay, or a scheduled retry; null when none waits. */
  dueAt: string | null;
  /** What the step's type tells besides its attempts (lib/actions/<type>/step-detail.ts); null when nothing. */
  detail: unknown;
  /** Every run of the step: webhook deliveries, or the tries of another action type. */
  attempts: DeliveryAttempt[];
};


/** An action of the run's snapshot; `displayName` is its name, else its type's label. */
export type RunAction = { id: string; type: string; name: string | null; displayName: string };

export type EnrollmentDetail = EnrollmentSummary & {
  workflowId: string;
  /** Outputs by action id, then by output name. */
  outputs: Record<string, Record<string, unknown>> | null;
  actions: RunAction[];
  steps: EnrollmentStep[];
};

export const ENROLLMENT_STATUSES: EnrollmentStatus[] = ["ACTIVE", "COMPLETED", "FAILED"];

export function parseStatusFilter(value: string | null | undefined): EnrollmentStatus | undefined {
  const upper = value?.toUpperCase();
  return ENROLLMENT_STATUSES.find((s) => s === upper);
}

export const runHistoryKeys = {
  all: ["enrollments"] as const,
  list: (workflowId: string, status: EnrollmentStatus | undefined) => ["enrollments", "list", workflowId, status ?? "ALL"] as const,
  detail: (enrollmentId: string) => ["enrollments", "detail", enrollmentId] as const,
};

// While a run is active the page polls; the runner usually finishes a step within a second or two.
export const ACTIVE_REFRESH_MS = 2000;

export const runHistoryApi = {
  list: (workflowId: string, params: { status?: EnrollmentStatus; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    apiFetch<EnrollmentPage>(`/api/workflows/${encodeURIComponent(workflowId)}/enrollments`, {
      query: { status: params.status, cursor: params.cursor, limit: params.limit ?? 25 },
      signal,
    }),
  get: (enrollmentId: string, signal?: AbortSignal) => apiFetch<EnrollmentDetail>(`/api/enrollments/${encodeURIComponent(enrollmentId)}`, { signal }),
  retry: (enrollmentId: string) =>
    apiFetch<{ enrollmentId: string; actionId: string }>(`/api/enrollments/${encodeURIComponent(enrollmentId)}/retry`, { method: "POST" }),
};
