import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { z } from "zod";
import { issueCode, type ValidationParams } from "@/lib/i18n/validation";

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
  const locale = useLocale();
  const t = useTranslations("validation");
  return useCallback(
    (issue: IssueLike) => {
      if (locale === "en" || !issue.code || !t.has(issue.code as never)) return issue.message;
      return (t as unknown as (key: string, params?: ValidationParams) => string)(issue.code, issue.params);
    },
    [locale, t],
  );
}
