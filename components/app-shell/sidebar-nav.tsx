"use client";

import { AppWindow, Database, KeyRound, KeySquare, ListChecks, ListTree, RadioTower, ScrollText, Users, Workflow } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ComponentType } from "react";
import type { Role } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/messages";
import { useRole } from "./current-user";
import styles from "./sidebar-nav.module.css";

type NavKey = Exclude<keyof Messages["shell"]["nav"], "main" | "settings">;

type NavItem = {
  href: string;
  /** Its name in the shell.nav messages. */
  label: NavKey;
  icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>;
  /** The role the page needs; below it the link is left out (the page would only say it is closed). */
  needs?: Role;
};

const MAIN: NavItem[] = [
  { href: "/workflows", label: "workflows", icon: Workflow },
  { href: "/runs", label: "runs", icon: ListChecks },
  { href: "/records", label: "records", icon: Database },
];

const SETTINGS: NavItem[] = [
  // Editors see apps and secrets to pick them in a webhook; creating and deleting them needs an Admin.
  { href: "/settings/apps", label: "apps", icon: AppWindow, needs: "EDITOR" },
  { href: "/settings/secrets", label: "secrets", icon: KeyRound, needs: "EDITOR" },
  { href: "/settings/properties", label: "properties", icon: ListTree },
  { href: "/settings/inspector", label: "inspector", icon: RadioTower },
  { href: "/settings/users", label: "users", icon: Users, needs: "ADMIN" },
  { href: "/settings/tokens", label: "tokens", icon: KeySquare, needs: "ADMIN" },
  { href: "/settings/audit-log", label: "auditLog", icon: ScrollText, needs: "ADMIN" },
];

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const t = useTranslations("shell.nav");
  const { allowed } = useRole(item.needs ?? "VIEWER");
  if (!allowed) return null;
  const active = isActive(pathname, item.href);
  const Icon = item.icon;
  return (
    <li>
      <Link href={item.href} className={styles.link} aria-current={active ? "page" : undefined}>
        <Icon size={18} aria-hidden />
        <span>{t(item.label)}</span>
      </Link>
    </li>
  );
}

export function SidebarNav() {
  const pathname = usePathname() ?? "/";
  const t = useTranslations("shell.nav");
  return (
    <nav aria-label={t("main")} className={styles.nav}>
      <ul className={styles.list}>
        {MAIN.map((item) => (
          <NavLink key={item.href} item={item} pathname={pathname} />
        ))}
      </ul>
      <p className={styles.sectionLabel} id="nav-settings-label">
        {t("settings")}
      </p>
      <ul className={styles.list} aria-labelledby="nav-settings-label">
        {SETTINGS.map((item) => (
          <NavLink key={item.href} item={item} pathname={pathname} />
        ))}
      </ul>
    </nav>
  );
}
