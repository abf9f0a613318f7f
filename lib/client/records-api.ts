import type * as recordRoute from "@/app/api/records/[id]/route";
import type * as recordsRoute from "@/app/api/records/route";
import type { ObjectType } from "@/lib/crm/object-types";
import type { ResponseBody } from "@/lib/http/typed-response";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type RecordPage = ResponseBody<typeof recordsRoute.GET>;
export type RecordSummary = RecordPage["records"][number];
export type RecordDetail = ResponseBody<typeof recordRoute.GET>;

export type RecordListParams = { objectType: ObjectType; q?: string; limit?: number; cursor?: number | null };

export const recordsApi = {
  list: ({ objectType, q, limit = 50, cursor }: RecordListParams, signal?: AbortSignal) =>
    apiFetch<RecordPage>("/api/records", { query: { objectType, q, limit, cursor }, signal }),
  get: (id: number | string, signal?: AbortSignal) => apiFetch<RecordDetail>(`/api/records/${encodeURIComponent(String(id))}`, { signal }),
};
