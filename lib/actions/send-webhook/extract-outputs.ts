import type { WebhookOutput } from "@/lib/actions/send-webhook/send-webhook-config";
import { withoutNul } from "@/lib/db/nul-characters";
import { type RunError, type RunErrorKey, runError } from "@/lib/i18n/run-errors";
import { readPath } from "@/lib/webhooks/json-path";

// Reads the chosen outputs from a JSON object response and converts each to its type.
// STRING takes any scalar; NUMBER a number or numeric string; BOOLEAN true/false (or
// their strings); DATETIME epoch milliseconds or an ISO 8601 string, stored as epoch ms
// as HubSpot stores datetimes. A U+0000 in a STRING output becomes U+FFFD (lib/db/nul-characters.ts).

export type OutputValue = string | number | boolean;
export type ExtractResult = { ok: true; values: Record<string, OutputValue> } | { ok: false; error: RunError };

function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

type Converted = { value: OutputValue } | { error: RunError };

const describe = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

function convert(value: unknown, output: WebhookOutput): Converted {
  const fail = (why: RunErrorKey): Converted => ({
    error: runError(why, { output: output.name, path: output.path, value: describe(value) }),
  });
  switch (output.type) {
    case "STRING":
      if (value === null || typeof value === "object") return fail("outputs.notSingleValue");
      // A receiver's "\u0000" would reach text columns later (Set property value), which PostgreSQL refuses.
      return { value: withoutNul(String(value)) };
    case "NUMBER": {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      return Number.isFinite(n) ? { value: n } : fail("outputs.notNumber");
    }
    case "BOOLEAN":
      if (typeof value === "boolean") return { value };
      if (value === "true" || value === "false") return { value: value === "true" };
      return fail("outputs.notBoolean");
    case "DATETIME": {
      const ms =
        typeof value === "number"
          ? value
          : typeof value === "string" && /^\d+$/.test(value)
            ? Number(value)
            : typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)
              ? Date.parse(value)
              : NaN;
      return Number.isFinite(ms) ? { value: ms } : fail("outputs.notDateTime");
    }
  }
}

export function extractOutputs(outputs: WebhookOutput[], body: string): ExtractResult {
  if (outputs.length === 0) return { ok: true, values: {} };
  const json = parseJsonObject(body);
  if (!json) return { ok: false, error: runError("outputs.notJsonObject") };
  // Output names are user input: without a prototype, one named "__proto__" is kept as a key.
  const values: Record<string, OutputValue> = Object.create(null);
  for (const output of outputs) {
    const raw = readPath(json, output.path);
    if (raw === undefined) return { ok: false, error: runError("outputs.missingField", { output: output.name, path: output.path }) };
    const converted = convert(raw, output);
    if ("error" in converted) return { ok: false, error: converted.error };
    values[output.name] = converted.value;
  }
  return { ok: true, values };
}
