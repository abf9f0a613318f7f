import { RadioGroup } from "radix-ui";
import { useId, type ReactNode } from "react";
import styles from "./send-webhook.module.css";

/** One choice of a Radix radio group, named by its visible text. */
export function RadioOption({ value, label, hint }: { value: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className={styles.radioOption}>
      <RadioGroup.Item value={value} className={styles.radioItem} id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
        <RadioGroup.Indicator className={styles.radioIndicator} />
      </RadioGroup.Item>
      <label htmlFor={id} className={styles.radioLabel}>
        {label}
        {hint && (
          <span id={`${id}-hint`} className={styles.radioHint}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
