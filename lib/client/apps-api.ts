import type { AppSummary, AppWithSecret, CreateAppInput } from "@/lib/apps/app-schemas";
import { apiFetch } from "./api-fetch";

export const appsApi = {
  list: (signal?: AbortSignal) => apiFetch<{ apps: AppSummary[] }>("/api/apps", { signal }).then((r) => r.apps),
  create: (input: CreateAppInput) => apiFetch<AppWithSecret>("/api/apps", { method: "POST", json: input }),
  rotateSecret: (appId: number) =>
    apiFetch<AppWithSecret>(`/api/apps/${encodeURIComponent(String(appId))}/rotate-secret`, { method: "POST" }),
};
