import type { z } from "zod";

/** The shared schema's verdict on a draft config, as path → first message ("body.fields.0.key"). */
export function configErrors(schema: z.ZodType, config: unknown): Record<string, string> {
  const parsed = schema.safeParse(config);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    out[path] ??= issue.message;
  }
  return out;
}
