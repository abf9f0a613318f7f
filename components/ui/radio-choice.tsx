import { RadioGroup } from "radix-ui";
import { useId, type ReactNode } from "react";
import styles from "./radio-choice.module.css";

/** A Radix radio group named by a visible label's id; options stacked, or side by side (`inline`). */
export function RadioChoice({
  labelledBy,
  value,
  onValueChange,
  inline = false,
  children,
}: {
  labelledBy: string;
  value: string;
  onValueChange: (value: string) => void;
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <RadioGroup.Root
      className={inline ? `${styles.list} ${styles.inline}` : styles.list}
      aria-labelledby={labelledBy}
      value={value}
      onValueChange={onValueChange}
    >
      {children}
    </RadioGroup.Root>
  );
}

/** One choice of a RadioChoice, named by its visible text, with an optional hint as its description. */
export function RadioOption({ value, label, hint }: { value: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className={styles.option}>
      <RadioGroup.Item value={value} className={styles.item} id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
        <RadioGroup.Indicator className={styles.indicator} />
      </RadioGroup.Item>
      <label htmlFor={id} className={styles.label}>
        {label}
        {hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
