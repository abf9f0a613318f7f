"use client";

import type { DelayConfig } from "@/lib/actions/delay/delay-config";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionPanelProps } from "../action-panel-props";

const UNITS = [
  { value: "MINUTES", label: "Minutes" },
  { value: "HOURS", label: "Hours" },
  { value: "DAYS", label: "Days" },
] as const;

/** "Delay": how long to wait before the next action. */
export function DelayPanel({ action, onChange, errors }: ActionPanelProps<DelayConfig>) {
  const config = action.config;
  return (
    <div className="form">
      <TextField
        label="Wait for"
        type="number"
        min={1}
        inputMode="numeric"
        value={Number.isFinite(config.amount) ? String(config.amount) : ""}
        error={errors.amount}
        hint="The wait is stored with the run, so it continues after a restart."
        onChange={(e) => onChange({ ...config, amount: Number(e.target.value) })}
      />
      <SelectField
        label="Unit"
        options={UNITS}
        value={config.unit}
        onChange={(e) => onChange({ ...config, unit: e.target.value as DelayConfig["unit"] })}
      />
    </div>
  );
}
