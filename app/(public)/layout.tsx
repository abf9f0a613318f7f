import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LogoMark } from "@/components/app-shell/logo-mark";
import styles from "./public-layout.module.css";

// Pages for people who are not signed in (setup, sign-in, an invitation): one centred card under
// the product's name, without the sidebar, whose links would only lead back to sign-in.
export default function PublicLayout({ children }: { children: ReactNode }) {
  const t = useTranslations("auth.layout");
  return (
    <div className={styles.frame}>
      <main className={styles.column}>
        <div className={styles.brand}>
          <LogoMark size={36} />
          <span className={styles.brandName}>Hookflow</span>
        </div>
        <div className={styles.card}>{children}</div>
        <p className={styles.footnote}>{t("footnote")}</p>
      </main>
    </div>
  );
}
