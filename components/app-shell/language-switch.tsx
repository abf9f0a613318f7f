"use client";

import { Languages } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { accountsApi } from "@/lib/client/accounts-api";
import { useErrorText } from "@/lib/client/error-text";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import styles from "./language-switch.module.css";

/** The UI language, at the foot of the sidebar: kept as the user's setting, applied by re-rendering the page. */
export function LanguageSwitch() {
  const errorText = useErrorText();
  const t = useTranslations("shell.language");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);

  const change = async (next: string) => {
    if (!isLocale(next)) return;
    setProblem(null);
    try {
      await accountsApi.setLocale(next);
      startTransition(() => router.refresh());
    } catch (error) {
      setProblem(t("failed", { reason: errorText(error) }));
    }
  };

  return (
    <div className={styles.switch}>
      <label htmlFor={id} className={styles.label}>
        <Languages size={14} aria-hidden />
        {t("label")}
      </label>
      <select id={id} className={styles.select} value={locale} disabled={pending} onChange={(event) => void change(event.target.value)}>
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
    </div>
  );
}
