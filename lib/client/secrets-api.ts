import type { CreateSecretInput, SecretSummary } from "@/lib/secrets/secret-schemas";
import { apiFetch } from "./api-fetch";

export const secretsApi = {
  list: (signal?: AbortSignal) =>
    apiFetch<{ secrets: SecretSummary[] }>("/api/secrets", { signal }).then((r) => r.secrets),
  create: (input: CreateSecretInput) => apiFetch<SecretSummary>("/api/secrets", { method: "POST", json: input }),
  remove: (name: string) => apiFetch<void>(`/api/secrets/${encodeURIComponent(name)}`, { method: "DELETE" }),
};
