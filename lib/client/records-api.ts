import type { ObjectType } from "@/lib/crm/object-types";
import type { RecordDetail, RecordListResponse } from "@/lib/crm/record-schemas";
import { apiFetch } from "./api-fetch";

export type RecordListParams = { objectType: ObjectType; q?: string; limit?: number; cursor?: number | null };

export const recordsApi = {
  list: ({ objectType, q, limit = 50, cursor }: RecordListParams, signal?: AbortSignal) =>
    apiFetch<RecordListResponse>("/api/records", { query: { objectType, q, limit, cursor }, signal }),
  get: (id: number | string, signal?: AbortSignal) =>
    apiFetch<RecordDetail>(`/api/records/${encodeURIComponent(String(id))}`, { signal }),
};
