"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useRole } from "@/components/app-shell/current-user";
import { EmptyState } from "@/components/ui/empty-state";
import type { Role } from "@/lib/auth/roles";

/**
 * A settings page for one role and up. Someone below it (a bookmark, a link from a colleague)
 * reads why the page is closed to them rather than a failed load; the API refuses them anyway.
 */
export function RoleGate({ needed, title, children }: { needed: Role; title: string; children: ReactNode }) {
  const t = useTranslations("settings.roleGate");
  const { allowed, reason } = useRole(needed);
  if (allowed) return children;
  return (
    <div className="page">
      <EmptyState icon={<Lock size={28} />} title={t("title", { title })}>
        {t("text", { reason })}
      </EmptyState>
    </div>
  );
}
