import { useCallback } from "react";
import type { z } from "zod";
import { issueCode, type ValidationParams } from "@/lib/i18n/validation";
import { useKeyedText } from "./keyed-text";

// Shows a validation issue (a local zod issue or an API error detail) in the user's language: by its
// code and params from the validation catalog, else its English message.

/** What an issue is shown from: the English message, and the catalog key and params when it has them. */
export type IssueLike = { message: string; code?: string; params?: ValidationParams };
/** An issue's text as a person reads it. */
export type IssueText = (issue: IssueLike) => string;

/** The English message as it is (the API's own text). */
export const englishIssueText: IssueText = (issue) => issue.message;

/** A finalized zod issue with its catalog code and params. */
export function zodIssueLike(issue: z.core.$ZodIssue): IssueLike {
  return { message: issue.message, ...issueCode(issue) };
}

/** The issue's text in the user's language; English keeps the message itself, which the en catalog wrote. */
export function useIssueText(): IssueText {
  const keyed = useKeyedText("validation");
  return useCallback((issue: IssueLike) => keyed(issue.code, issue.params) ?? issue.message, [keyed]);
}
