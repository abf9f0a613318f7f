import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { CurrentUser } from "./current-user";
import { LogoMark } from "./logo-mark";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { ThemeSwitch } from "@/components/theme/theme-switch";
import { LanguageSwitch } from "./language-switch";
import { SidebarNav } from "./sidebar-nav";
import styles from "./app-shell.module.css";

export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = useTranslations("shell");
  const roleName = useRoleName();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {t("skipToContent")}
      </a>
      <aside className={styles.sidebar}>
        <Link href="/workflows" className={styles.brand} aria-label={t("home")}>
          <LogoMark />
          <span className={styles.brandName}>Hookflow</span>
        </Link>
        <SidebarNav />
        <ThemeSwitch />
        <LanguageSwitch />
        <Link href="/profile" className={styles.userCard}>
          <span className={styles.avatar} aria-hidden>
            {initial(user.name)}
          </span>
          <span className={styles.userText}>
            <span className={styles.userName}>{user.name}</span>
            <span className={styles.userRole}>{roleName(user.role)}</span>
          </span>
          <span className="visually-hidden"> {t("yourProfile")}</span>
        </Link>
      </aside>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The first letter of a name, for the avatar beside it (a name may start with an emoji or an accent: take the whole character). */
const initial = (name: string) => (Array.from(name.trim())[0] ?? "?").toUpperCase();
