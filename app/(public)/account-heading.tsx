import type { ReactNode } from "react";
import styles from "./account-form.module.css";

/** The title of a signed-out page's card and the sentence that says what it is for. */
export function AccountHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.heading}>
      <h1 className={styles.title}>{title}</h1>
      {children && <p className={styles.lead}>{children}</p>}
    </div>
  );
}
