"use client";

import { useTranslations } from "next-intl";
import type { DelayConfig } from "@/lib/actions/delay/delay-config";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionPanelProps } from "../action-panel-props";

// The units in order, by their actions.delay message.
const UNITS = [
  { value: "MINUTES", label: "minutes" },
  { value: "HOURS", label: "hours" },
  { value: "DAYS", label: "days" },
] as const;

/** "Delay": how long to wait before the next action. */
export function DelayPanel({ action, onChange, errors }: ActionPanelProps<DelayConfig>) {
  const t = useTranslations("actions.delay");
  const config = action.config;
  return (
    <div className="form">
      <TextField
        label={t("waitFor")}
        type="number"
        min={1}
        inputMode="numeric"
        value={Number.isFinite(config.amount) ? String(config.amount) : ""}
        error={errors.amount}
        hint={t("hint")}
        onChange={(e) => onChange({ ...config, amount: Number(e.target.value) })}
      />
      <SelectField
        label={t("unit")}
        options={UNITS.map(({ value, label }) => ({ value, label: t(label) }))}
        value={config.unit}
        onChange={(e) => onChange({ ...config, unit: e.target.value as DelayConfig["unit"] })}
      />
    </div>
  );
}
