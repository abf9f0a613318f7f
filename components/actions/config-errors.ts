import type { z } from "zod";
import { englishIssueText, type IssueText, zodIssueLike } from "@/lib/client/issue-text";

/** The shared schema's verdict on a draft config, as path → first message ("body.fields.0.key"); `text`: useIssueText, the user's language. */
export function configErrors(schema: z.ZodType, config: unknown, text: IssueText = englishIssueText): Record<string, string> {
  const parsed = schema.safeParse(config);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    out[path] ??= text(zodIssueLike(issue));
  }
  return out;
}
