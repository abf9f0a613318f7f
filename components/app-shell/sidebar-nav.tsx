"use client";

import { AppWindow, Database, KeyRound, RadioTower, Workflow } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentType } from "react";
import styles from "./sidebar-nav.module.css";

type NavItem = { href: string; label: string; icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }> };

const MAIN: NavItem[] = [
  { href: "/workflows", label: "Workflows", icon: Workflow },
  { href: "/records", label: "Records", icon: Database },
];

const SETTINGS: NavItem[] = [
  { href: "/settings/apps", label: "Apps", icon: AppWindow },
  { href: "/settings/secrets", label: "Secrets", icon: KeyRound },
  { href: "/settings/inspector", label: "Request inspector", icon: RadioTower },
];

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const active = isActive(pathname, item.href);
  const Icon = item.icon;
  return (
    <li>
      <Link href={item.href} className={styles.link} aria-current={active ? "page" : undefined}>
        <Icon size={18} aria-hidden />
        <span>{item.label}</span>
      </Link>
    </li>
  );
}

export function SidebarNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.list}>
        {MAIN.map((item) => (
          <NavLink key={item.href} item={item} pathname={pathname} />
        ))}
      </ul>
      <p className={styles.sectionLabel} id="nav-settings-label">
        Settings
      </p>
      <ul className={styles.list} aria-labelledby="nav-settings-label">
        {SETTINGS.map((item) => (
          <NavLink key={item.href} item={item} pathname={pathname} />
        ))}
      </ul>
    </nav>
  );
}
