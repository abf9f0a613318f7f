"use client";

import { createContext, type ReactNode, useContext } from "react";
import { type Role, roleAtLeast, roleName } from "@/lib/auth/roles";

// The signed-in user, as the signed-in layout (app/(app)/layout.tsx) read it on the server, for
// the UI to hide or disable what the user's role cannot do and say why. The server enforces the
// same rules on every route (lib/http/route-handler.ts); this only keeps the UI honest.

export type CurrentUser = { id: string; name: string; email: string; role: Role };

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser is used outside the signed-in layout.");
  return user;
}

/**
 * Whether the signed-in user has at least `needed`, and if not, the reason to show next to the
 * disabled control ("Needs the Editor role; you are a Viewer.").
 */
export function useRole(needed: Role): { allowed: boolean; reason: string } {
  const { role } = useCurrentUser();
  const allowed = roleAtLeast(role, needed);
  return { allowed, reason: allowed ? "" : `Needs the ${roleName(needed)} role; you are ${article(role)} ${roleName(role)}.` };
}

const article = (role: Role) => (role === "ADMIN" || role === "OWNER" || role === "EDITOR" ? "an" : "a");
