"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useId } from "react";
import { ROLES, type Role, roleAtLeast } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./current-user.module.css";

// The signed-in user, as the signed-in layout (app/(app)/layout.tsx) read it on the server, for
// the UI to hide or disable what the user's role cannot do and say why. The server enforces the
// same rules on every route (lib/http/route-handler.ts); this only keeps the UI honest.

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The chosen UI language; null follows the browser. */
  locale: Locale | null;
  /** The chosen IANA time zone; null follows the browser's. */
  timeZone: string | null;
};

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
  const t = useTranslations("accounts");
  const { role } = useCurrentUser();
  const allowed = roleAtLeast(role, needed);
  return { allowed, reason: allowed ? "" : t("needsRole", { needed, current: role }) };
}

/** The roles the signed-in user may give (an invitation, a role change, an API token): their own and those below it. */
export function useGrantableRoles(): Role[] {
  const { role } = useCurrentUser();
  return ROLES.filter((candidate) => roleAtLeast(role, candidate));
}

/**
 * useRole for a control the user may lack the role for: spread `control` on each such button or
 * input (disabled, the reason as its tooltip and its description), and show `note` once nearby,
 * so the reason is also visible text. Both are empty when the role is enough. `action` names what
 * is off when the note stands apart from the controls ("Managing secrets needs the Admin role; …").
 */
export function useRoleGuard(needed: Role, action?: string) {
  const t = useTranslations("accounts");
  const { role } = useCurrentUser();
  const { allowed, reason: bare } = useRole(needed);
  const noteId = useId();
  const reason = action && !allowed ? t("actionNeedsRole", { what: action, needed, current: role }) : bare;
  return {
    allowed,
    reason,
    control: allowed ? {} : { disabled: true, title: reason, "aria-describedby": noteId },
    note: allowed ? null : (
      <p id={noteId} className={styles.roleNote}>
        {reason}
      </p>
    ),
  };
}
