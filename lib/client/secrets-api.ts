import type * as secretRoute from "@/app/api/secrets/[name]/route";
import type * as secretsRoute from "@/app/api/secrets/route";
import type { ResponseBody } from "@/lib/http/typed-response";
import type { CreateSecretInput, ReplaceSecretInput } from "@/lib/secrets/secret-schemas";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type SecretList = ResponseBody<typeof secretsRoute.GET>;
type CreatedSecret = ResponseBody<typeof secretsRoute.POST>;

export const secretsApi = {
  list: (signal?: AbortSignal) => apiFetch<SecretList>("/api/secrets", { signal }).then((r) => r.secrets),
  create: (input: CreateSecretInput) => apiFetch<CreatedSecret>("/api/secrets", { method: "POST", json: input }),
  replace: (name: string, input: ReplaceSecretInput) =>
    apiFetch<ResponseBody<typeof secretRoute.PUT>>(`/api/secrets/${encodeURIComponent(name)}`, { method: "PUT", json: input }),
  remove: (name: string) =>
    apiFetch<ResponseBody<typeof secretRoute.DELETE>>(`/api/secrets/${encodeURIComponent(name)}`, { method: "DELETE" }),
};
