import type * as appRoute from "@/app/api/apps/[appId]/route";
import type * as appRotateRoute from "@/app/api/apps/[appId]/rotate-secret/route";
import type * as appsRoute from "@/app/api/apps/route";
import type { CreateAppInput } from "@/lib/apps/app-schemas";
import type { ResponseBody } from "@/lib/http/typed-response";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type AppList = ResponseBody<typeof appsRoute.GET>;
type CreatedApp = ResponseBody<typeof appsRoute.POST>;
type RotatedApp = ResponseBody<typeof appRotateRoute.POST>;

export const appsApi = {
  list: (signal?: AbortSignal) => apiFetch<AppList>("/api/apps", { signal }).then((r) => r.apps),
  create: (input: CreateAppInput) => apiFetch<CreatedApp>("/api/apps", { method: "POST", json: input }),
  remove: (appId: number) =>
    apiFetch<ResponseBody<typeof appRoute.DELETE>>(`/api/apps/${encodeURIComponent(String(appId))}`, { method: "DELETE" }),
  rotateSecret: (appId: number) => apiFetch<RotatedApp>(`/api/apps/${encodeURIComponent(String(appId))}/rotate-secret`, { method: "POST" }),
};
