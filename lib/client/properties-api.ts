import type * as propertyRoute from "@/app/api/properties/[objectType]/[name]/route";
import type * as propertiesRoute from "@/app/api/properties/route";
import type { ObjectType } from "@/lib/crm/object-types";
import type { CreatePropertyInput } from "@/lib/crm/property-definitions";
import type { ResponseBody } from "@/lib/http/typed-response";
import { apiFetch } from "./api-fetch";

// Response types come from the route handlers (type-only imports: erased from the bundle).
type PropertyList = ResponseBody<typeof propertiesRoute.GET>;

export const propertiesApi = {
  list: (objectType: ObjectType, signal?: AbortSignal) =>
    apiFetch<PropertyList>(`/api/properties?objectType=${objectType}`, { signal }).then((r) => r.properties),
  create: (input: CreatePropertyInput) =>
    apiFetch<ResponseBody<typeof propertiesRoute.POST>>("/api/properties", { method: "POST", json: input }),
  remove: (objectType: ObjectType, name: string) =>
    apiFetch<ResponseBody<typeof propertyRoute.DELETE>>(`/api/properties/${objectType}/${encodeURIComponent(name)}`, { method: "DELETE" }),
};
