import type * as captureRoute from "@/app/api/inspector/capture-urls/[id]/captures/[captureId]/route";
import type * as capturesRoute from "@/app/api/inspector/capture-urls/[id]/captures/route";
import type * as captureUrlRoute from "@/app/api/inspector/capture-urls/[id]/route";
import type * as captureUrlsRoute from "@/app/api/inspector/capture-urls/route";
import type * as resetSequenceRoute from "@/app/api/inspector/capture-urls/[id]/reset-sequence/route";
import type * as inspectorRoute from "@/app/api/inspector/route";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { CreateCaptureUrlInput, UpdateCaptureUrlInput } from "@/lib/inspector/inspector-schemas";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type InspectorOverview = ResponseBody<typeof inspectorRoute.GET>;
export type CaptureUrl = ResponseBody<typeof captureUrlRoute.GET>;
type CaptureList = ResponseBody<typeof capturesRoute.GET>;
type Capture = ResponseBody<typeof captureRoute.GET>;

const captureUrlPath = (id: string) => `/api/inspector/capture-urls/${encodeURIComponent(id)}`;

export const inspectorApi = {
  overview: (signal?: AbortSignal) => apiFetch<InspectorOverview>("/api/inspector", { signal }),
  create: (input: CreateCaptureUrlInput) =>
    apiFetch<ResponseBody<typeof captureUrlsRoute.POST>>("/api/inspector/capture-urls", { method: "POST", json: input }),
  update: (id: string, input: UpdateCaptureUrlInput) =>
    apiFetch<ResponseBody<typeof captureUrlRoute.PATCH>>(captureUrlPath(id), { method: "PATCH", json: input }),
  resetSequence: (id: string) =>
    apiFetch<ResponseBody<typeof resetSequenceRoute.POST>>(`${captureUrlPath(id)}/reset-sequence`, { method: "POST" }),
  remove: (id: string) => apiFetch<ResponseBody<typeof captureUrlRoute.DELETE>>(captureUrlPath(id), { method: "DELETE" }),
  captures: (id: string, signal?: AbortSignal) =>
    apiFetch<CaptureList>(`${captureUrlPath(id)}/captures`, { signal }).then((r) => r.captures),
  capture: (id: string, captureId: number, signal?: AbortSignal) =>
    apiFetch<Capture>(`${captureUrlPath(id)}/captures/${captureId}`, { signal }),
  clear: (id: string) => apiFetch<ResponseBody<typeof capturesRoute.DELETE>>(`${captureUrlPath(id)}/captures`, { method: "DELETE" }),
};
