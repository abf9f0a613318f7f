import type * as auditLogRoute from "@/app/api/audit-log/route";
import type * as invitationRoute from "@/app/api/invitations/[id]/route";
import type * as invitationsRoute from "@/app/api/invitations/route";
import type * as inviteRoute from "@/app/api/invite/[token]/route";
import type * as sessionLocaleRoute from "@/app/api/session/locale/route";
import type * as sessionTimeZoneRoute from "@/app/api/session/time-zone/route";
import type * as sessionRoute from "@/app/api/session/route";
import type * as sessionsRoute from "@/app/api/sessions/route";
import type * as setupRoute from "@/app/api/setup/route";
import type * as tokenRoute from "@/app/api/tokens/[id]/route";
import type * as tokensRoute from "@/app/api/tokens/route";
import type * as userRoute from "@/app/api/users/[id]/route";
import type * as usersRoute from "@/app/api/users/route";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Role } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import type { ResponseBody } from "@/lib/http/typed-response";
import { apiFetch } from "./api-fetch";

// The accounts API for the browser: sign-in, setup, invitations, users, API tokens and the audit
// log. Response types come from the route handlers (type-only imports: erased from the bundle).

export type UserList = ResponseBody<typeof usersRoute.GET>;
export type UserRow = UserList["users"][number];
export type InvitationRow = UserList["invitations"][number];
export type CreatedInvitation = ResponseBody<typeof invitationsRoute.POST>;
export type TokenRow = ResponseBody<typeof tokensRoute.GET>["tokens"][number];
export type CreatedToken = ResponseBody<typeof tokensRoute.POST>;
export type AuditPage = ResponseBody<typeof auditLogRoute.GET>;
export type AuditFilters = { actor?: string; action?: AuditAction | ""; from?: string; to?: string };

type Credentials = { email: string; password: string };
type NewAccount = { name: string; email: string; password: string };

export const accountsApi = {
  setLocale: (locale: Locale | null) =>
    apiFetch<ResponseBody<typeof sessionLocaleRoute.PUT>>("/api/session/locale", { method: "PUT", json: { locale } }),
  setTimeZone: (timeZone: string | null) =>
    apiFetch<ResponseBody<typeof sessionTimeZoneRoute.PUT>>("/api/session/time-zone", { method: "PUT", json: { timeZone } }),
  signIn: (input: Credentials) => apiFetch<ResponseBody<typeof sessionRoute.POST>>("/api/session", { method: "POST", json: input }),
  signOut: () => apiFetch<ResponseBody<typeof sessionRoute.DELETE>>("/api/session", { method: "DELETE" }),
  signOutEverywhere: () => apiFetch<ResponseBody<typeof sessionsRoute.DELETE>>("/api/sessions", { method: "DELETE" }),
  setup: (input: NewAccount) => apiFetch<ResponseBody<typeof setupRoute.POST>>("/api/setup", { method: "POST", json: input }),
  invitation: (token: string, signal?: AbortSignal) =>
    apiFetch<ResponseBody<typeof inviteRoute.GET>>(`/api/invite/${encodeURIComponent(token)}`, { signal }),
  acceptInvitation: (token: string, input: NewAccount) =>
    apiFetch<ResponseBody<typeof inviteRoute.POST>>(`/api/invite/${encodeURIComponent(token)}`, { method: "POST", json: input }),

  users: (signal?: AbortSignal) => apiFetch<UserList>("/api/users", { signal }),
  changeUser: (id: string, change: { role?: Role; deactivated?: boolean }) =>
    apiFetch<ResponseBody<typeof userRoute.PATCH>>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", json: change }),
  invite: (input: { role: Role; email?: string }) => apiFetch<CreatedInvitation>("/api/invitations", { method: "POST", json: input }),
  withdrawInvitation: (id: string) =>
    apiFetch<ResponseBody<typeof invitationRoute.DELETE>>(`/api/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),

  tokens: (signal?: AbortSignal) => apiFetch<ResponseBody<typeof tokensRoute.GET>>("/api/tokens", { signal }).then((r) => r.tokens),
  createToken: (input: { name: string; role: Role; expiresInDays?: number }) =>
    apiFetch<CreatedToken>("/api/tokens", { method: "POST", json: input }),
  revokeToken: (id: string) =>
    apiFetch<ResponseBody<typeof tokenRoute.DELETE>>(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),

  audit: (filters: AuditFilters, before: string | null, signal?: AbortSignal) =>
    apiFetch<AuditPage>("/api/audit-log", { signal, query: { ...filters, before } }),
};
