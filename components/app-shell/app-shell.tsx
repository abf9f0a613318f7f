import Link from "next/link";
import type { ReactNode } from "react";
import { LogoMark } from "./logo-mark";
import { SidebarNav } from "./sidebar-nav";
import styles from "./app-shell.module.css";

export function AppShell({ children }: { children: ReactNode }) {
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
        <p className={styles.sidebarFooter}>Self-hosted workflow webhooks</p>
      </aside>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
