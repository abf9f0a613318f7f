import type {
  CaptureDetail,
  CaptureSummary,
  CreateBinInput,
  InspectorBinSummary,
  InspectorStatus,
  UpdateBinInput,
} from "@/lib/inspector/inspector-schemas";
import { apiFetch } from "./api-fetch";

const binPath = (id: string) => `/api/inspector/bins/${encodeURIComponent(id)}`;

export const inspectorApi = {
  overview: (signal?: AbortSignal) => apiFetch<{ status: InspectorStatus; bins: InspectorBinSummary[] }>("/api/inspector", { signal }),
  create: (input: CreateBinInput) => apiFetch<InspectorBinSummary>("/api/inspector/bins", { method: "POST", json: input }),
  update: (id: string, input: UpdateBinInput) => apiFetch<InspectorBinSummary>(binPath(id), { method: "PATCH", json: input }),
  remove: (id: string) => apiFetch<void>(binPath(id), { method: "DELETE" }),
  captures: (id: string, signal?: AbortSignal) =>
    apiFetch<{ captures: CaptureSummary[] }>(`${binPath(id)}/captures`, { signal }).then((r) => r.captures),
  capture: (id: string, captureId: number, signal?: AbortSignal) => apiFetch<CaptureDetail>(`${binPath(id)}/captures/${captureId}`, { signal }),
  clear: (id: string) => apiFetch<void>(`${binPath(id)}/captures`, { method: "DELETE" }),
};
