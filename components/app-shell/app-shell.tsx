import Link from "next/link";
import type { ReactNode } from "react";
import { roleName } from "@/lib/auth/roles";
import type { CurrentUser } from "./current-user";
import { LogoMark } from "./logo-mark";
import { SidebarNav } from "./sidebar-nav";
import styles from "./app-shell.module.css";

export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <Link href="/workflows" className={styles.brand} aria-label="Hookflow home">
          <LogoMark />
          <span className={styles.brandName}>Hookflow</span>
        </Link>
        <SidebarNav />
        <p className={styles.sidebarFooter}>
          <Link href="/profile">{user.name}</Link> · {roleName(user.role)}
        </p>
      </aside>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
