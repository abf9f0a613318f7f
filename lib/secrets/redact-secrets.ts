// Replaces the values of stored secrets wherever a captured request shows them, so the
// inspector does not undo "a secret is never shown after saving". Each secret is looked for
// as sent raw, percent-encoded (query, form), escaped inside a JSON string, and base64; bodies
// are searched byte for byte, so a secret inside binary or multipart data is caught as well.
// An `Authorization: Basic` value is decoded and searched. Values shorter than four
// characters are left alone: they would match ordinary text.

export type KnownSecret = { name: string; value: string };
export type Redactor = { text: (text: string) => string; bytes: (bytes: Buffer) => Buffer; header: (name: string, value: string) => string };

function forms(value: string): string[] {
  const utf8 = Buffer.from(value, "utf8");
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
    utf8.toString("base64"),
    utf8.toString("base64").replace(/=+$/, ""),
    utf8.toString("base64url"),
  ];
}

export function secretRedactor(secrets: KnownSecret[]): Redactor {
  const patterns = secrets
    .filter((secret) => secret.value.length >= 4)
    .flatMap((secret) => [...new Set(forms(secret.value))].map((form) => ({ form, label: `[secret ${secret.name}]` })))
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.form.length - a.form.length);
  const replaceAll = (text: string, list: { form: string; label: string }[]) => list.reduce((out, { form, label }) => out.split(form).join(label), text);
  // Bytes are searched as latin1 text: one character per byte, so UTF-8 patterns match byte for byte.
  const bytePatterns = patterns.map(({ form, label }) => ({ form: Buffer.from(form, "utf8").toString("latin1"), label }));
  const text = (value: string) => (patterns.length ? replaceAll(value, patterns) : value);
  return {
    text,
    bytes: (bytes) => (patterns.length ? Buffer.from(replaceAll(bytes.toString("latin1"), bytePatterns), "latin1") : bytes),
    header: (name, value) => {
      const basic = /^(Basic\s+)(\S+)\s*$/i.exec(value);
      if (name.toLowerCase() === "authorization" && basic && patterns.length) {
        const decoded = Buffer.from(basic[2], "base64").toString("utf8");
        const redacted = text(decoded);
        if (redacted !== decoded) return `${basic[1]}[base64 of "${redacted}"]`;
      }
      return text(value);
    },
  };
}
