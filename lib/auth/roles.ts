// Who may do what (issue 11). Each role includes the ones below it:
// - VIEWER reads workflows, runs, records and captures; cannot Test (a Test sends data out) nor change anything;
// - EDITOR builds, tests, turns workflows on and off, enrolls, retries, uses the request inspector;
// - ADMIN also manages users, apps, secrets and API tokens;
// - OWNER also owns the install (the last one cannot be removed or demoted).

export const ROLES = ["VIEWER", "EDITOR", "ADMIN", "OWNER"] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what `needed` may. */
export const roleAtLeast = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/**
 * What a route needs, declared next to its handler (lib/http/route-handler.ts): a role, or
 * "public" for the few routes whose own secret or purpose is their authentication (the webhook
 * trigger's URL, sign-in and setup, the health check, JSON 404 and 405 answers).
 */
export type Access = Role | "public";

/** A role as people read it: "Viewer", "Editor", "Admin", "Owner". */
export const roleName = (role: Role) => `${role[0]}${role.slice(1).toLowerCase()}`;
