"use client";

import { ChevronRight } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { useInitialOpen } from "./expand-context";
import styles from "./exchange-view.module.css";

/** A labelled section that opens and closes with a button (aria-expanded), e.g. "Headers:". */
export function Disclosure({
  label,
  summary,
  defaultOpen = true,
  children,
}: {
  label: string;
  summary?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(useInitialOpen(defaultOpen));
  const id = useId();
  return (
    <section className={styles.section}>
      <button type="button" className={styles.disclosure} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <ChevronRight aria-hidden size={14} className="xv-chevron" />
        <span className={styles.label}>{label}</span>
        {summary && <span className={styles.summary}>{summary}</span>}
      </button>
      <div id={id} hidden={!open} className={styles.sectionBody}>
        {open && children}
      </div>
    </section>
  );
}
