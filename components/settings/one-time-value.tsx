"use client";

import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import styles from "./one-time-value.module.css";

/**
 * A value the API returns once (an invitation link, an API token): a warning that it will not be
 * shown again, then the value in a read-only field beside its copy button.
 */
export function OneTimeValue({ id, label, value, warning }: { id: string; label: string; value: string; warning: ReactNode }) {
  return (
    <>
      <div className="alert alert-warning" role="note">
        <TriangleAlert aria-hidden size={16} className="alert-icon" />
        <span>{warning}</span>
      </div>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <div className={styles.row}>
          <input id={id} className="input mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={value} />
        </div>
      </div>
    </>
  );
}
