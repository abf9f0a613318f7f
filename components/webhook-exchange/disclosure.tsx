"use client";

import { ChevronRight } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { useInitialOpen } from "./expand-context";

/** A labelled section that opens and closes with a button (aria-expanded), e.g. "Headers:". */
export function Disclosure({ label, summary, defaultOpen = true, children }: { label: string; summary?: ReactNode; defaultOpen?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(useInitialOpen(defaultOpen));
  const id = useId();
  return (
    <section className="xv-section">
      <button type="button" className="xv-disclosure" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <ChevronRight aria-hidden size={14} className="xv-chevron" />
        <span className="xv-label">{label}</span>
        {summary && <span className="xv-summary">{summary}</span>}
      </button>
      <div id={id} hidden={!open} className="xv-section-body">
        {open && children}
      </div>
    </section>
  );
}
