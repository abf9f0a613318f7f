import Link from "next/link";
import type { ReactNode } from "react";
import { LogoMark } from "./logo-mark";
import { SidebarNav } from "./sidebar-nav";

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <aside className="sidebar">
        <Link href="/workflows" className="brand" aria-label="Hookflow home">
          <LogoMark />
          <span className="brand-name">Hookflow</span>
        </Link>
        <SidebarNav />
        <p className="sidebar-footer">Self-hosted workflow webhooks</p>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
