import { TextField } from "@/components/ui/text-field";

/** A secret's value, typed as a password (never shown back), in the add and replace dialogs. */
export function SecretValueField({
  label = "Value",
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
  return (
    <TextField
      label={label}
      name="secret-value"
      type="password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={
        <>
          To call a HubSpot-style API, enter <code>Bearer</code> followed by the token.
        </>
      }
      maxLength={8192}
      autoComplete="new-password"
      spellCheck={false}
      autoFocus={autoFocus}
    />
  );
}
