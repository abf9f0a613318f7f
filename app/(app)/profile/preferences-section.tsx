"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useMemo, useState, useSyncExternalStore, useTransition } from "react";
import { useCurrentUser } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { accountsApi } from "@/lib/client/accounts-api";
import { useFormat } from "@/lib/client/use-format";
import { useErrorText } from "@/lib/client/error-text";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { isTimeZone, timeZoneNames } from "@/lib/i18n/time-zones";
import styles from "./profile-page.module.css";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;

/**
 * The user's language (as the sidebar's switch, plus following the browser) and time zone (an
 * IANA name, or the browser's). Both are kept on the user; the page re-renders with them.
 */
export function PreferencesSection() {
  const errorText = useErrorText();
  const t = useTranslations("auth.profile");
  const user = useCurrentUser();
  const format = useFormat();
  const router = useRouter();
  const listId = useId();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [zone, setZone] = useState(user.timeZone ?? "");
  const [zoneError, setZoneError] = useState<string | null>(null);
  // The browser's own zone is known in the browser only: none while the server renders, so hydration matches.
  const ownZone = useSyncExternalStore(noSubscription, browserZone, () => null);
  const zones = useMemo(timeZoneNames, []);
  // Likewise the clock: the server's minute could differ from the browser's.
  const now = useSyncExternalStore(
    noSubscription,
    () => format.dateTime(Date.now()),
    () => null,
  );

  const save = async (request: () => Promise<unknown>) => {
    setProblem(null);
    setSaved(false);
    try {
      await request();
      setSaved(true);
      startTransition(() => router.refresh());
    } catch (error) {
      setProblem(t("failed", { reason: errorText(error) }));
    }
  };

  const saveZone = (event: FormEvent) => {
    event.preventDefault();
    const chosen = zone.trim();
    if (chosen && !isTimeZone(chosen)) {
      setZoneError(t("invalidTimeZone", { zone: chosen }));
      return;
    }
    setZoneError(null);
    void save(() => accountsApi.setTimeZone(chosen || null));
  };

  const browserLabel = ownZone ? t("browserZone", { zone: ownZone }) : t("browserZoneUnknown");
  return (
    <section className="card" aria-labelledby="profile-preferences">
      <h2 id="profile-preferences" className="section-title">
        {t("preferences")}
      </h2>
      <p className={styles.text}>{t("preferencesText")}</p>
      <div className={styles.preferences}>
        <SelectField
          label={t("language")}
          value={user.locale ?? ""}
          disabled={pending}
          options={[{ value: "", label: t("followBrowser") }, ...LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))]}
          onChange={(event) => {
            const next = event.target.value;
            void save(() => accountsApi.setLocale(isLocale(next) ? next : null));
          }}
        />
        <form className={styles.zoneForm} onSubmit={saveZone} noValidate>
          <TextField
            label={t("timeZone")}
            hint={t("timeZoneHint")}
            error={zoneError ?? undefined}
            value={zone}
            placeholder={browserLabel}
            list={listId}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setZone(event.target.value)}
          />
          <datalist id={listId}>
            {zones.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div className={styles.actions}>
            <Button type="submit" variant="primary" loading={pending}>
              {t("saveTimeZone")}
            </Button>
            {user.timeZone && (
              <Button
                variant="secondary"
                onClick={() => {
                  setZone("");
                  setZoneError(null);
                  void save(() => accountsApi.setTimeZone(null));
                }}
              >
                {t("useBrowserZone")}
              </Button>
            )}
          </div>
        </form>
      </div>
      <p className={styles.text} aria-live="polite">
        {now && t("shownIn", { zone: format.timeZone, now })}
        {saved && !pending && ` ${t("saved")}`}
      </p>
      {problem && <FormError message={problem} />}
    </section>
  );
}
