"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";
import styles from "./theme-switch.module.css";

// System / Light / Dark, at the foot of the sidebar. Three native radios: Tab reaches the group,
// the arrow keys choose. The choice is kept in localStorage (absent for System) and applied at once
// on <html data-theme>; theme-script.ts applies it before the first paint of the next page.

type ThemeChoice = "system" | "light" | "dark";

const CHOICES = [
  { value: "system", icon: Monitor },
  { value: "light", icon: Sun },
  { value: "dark", icon: Moon },
] as const satisfies readonly { value: ThemeChoice; icon: unknown }[];

const listeners = new Set<() => void>();
// Kept here too, for a browser that refuses localStorage (the choice then lasts for this page).
let unstored: ThemeChoice = "system";

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return unstored;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab's choice (its script has already applied the theme here).
  const onStorage = (event: StorageEvent) => event.key === THEME_STORAGE_KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function choose(choice: ThemeChoice) {
  unstored = choice;
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not kept: the theme still changes on this page.
  }
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  for (const listener of listeners) listener();
}

export function ThemeSwitch() {
  // The server cannot know the choice: it renders System, and the browser's own follows at once.
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as const);
  const name = useId();
  const t = useTranslations("shell.theme");
  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">{t("legend")}</legend>
      {CHOICES.map(({ value, icon: Icon }) => (
        <label key={value} className={styles.option} title={t("title", { choice: t(value) })}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={choice === value}
            onChange={() => choose(value)}
            className={styles.radio}
          />
          <Icon size={14} aria-hidden />
          <span className={styles.label}>{t(value)}</span>
        </label>
      ))}
    </fieldset>
  );
}
