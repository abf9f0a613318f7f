// Replaces the values of stored secrets wherever a captured request shows them, so the
// inspector does not undo "a secret is never shown after saving". Values shorter than
// four characters are left alone: they would match ordinary text.

export type KnownSecret = { name: string; value: string };

export function secretRedactor(secrets: KnownSecret[]): (text: string) => string {
  const patterns = secrets
    .filter((secret) => secret.value.length >= 4)
    .flatMap((secret) => {
      const forms = new Set([secret.value, encodeURIComponent(secret.value), new URLSearchParams({ v: secret.value }).toString().slice(2)]);
      return [...forms].map((form) => ({ form, label: `[secret ${secret.name}]` }));
    })
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.form.length - a.form.length);
  if (patterns.length === 0) return (text) => text;
  return (text) => patterns.reduce((out, { form, label }) => out.split(form).join(label), text);
}
