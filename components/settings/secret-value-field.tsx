import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

/** A secret's value, typed as a password (never shown back), in the add and replace dialogs. */
export function SecretValueField({
  label,
  value,
  onChange,
  error,
  autoFocus,
}: {
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoFocus?: boolean;
}) {
  const t = useTranslations("settings.secrets.value");
  return (
    <TextField
      label={label ?? t("label")}
      name="secret-value"
      type="password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={t.rich("hint", { code: (chunks) => <code>{chunks}</code> })}
      maxLength={8192}
      autoComplete="new-password"
      spellCheck={false}
      autoFocus={autoFocus}
    />
  );
}
