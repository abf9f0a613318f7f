import { RadioGroup } from "radix-ui";
import { useId, type ReactNode } from "react";

/** One choice of a Radix radio group, named by its visible text. */
export function RadioOption({ value, label, hint }: { value: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="radio-option">
      <RadioGroup.Item value={value} className="radio-item" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
        <RadioGroup.Indicator className="radio-indicator" />
      </RadioGroup.Item>
      <label htmlFor={id} className="radio-label">
        {label}
        {hint && (
          <span id={`${id}-hint`} className="radio-hint">
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
