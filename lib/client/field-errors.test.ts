import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MESSAGES } from "@/lib/i18n/messages";
import { message, type ValidationParams } from "@/lib/i18n/validation";
import { fieldErrors } from "./field-errors";
import type { IssueText } from "./issue-text";

// The messages next to a form's fields: the English message made a sentence, a translation as written.

const schema = z.object({
  email: z.email(message("account.emailFormat")),
  name: z.string().refine((value) => value.length > 0, "name must not be empty."),
});

const korean: IssueText = (issue) => {
  const t = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "validation" });
  return issue.code ? (t as unknown as (key: string, params?: ValidationParams) => string)(issue.code, issue.params) : issue.message;
};

describe("fieldErrors", () => {
  const failure = schema.safeParse({ email: "nope", name: "" }).error;

  it("shows the English message as a sentence", () => {
    expect(fieldErrors(failure)).toEqual({ email: "Enter an email address, like name@example.com.", name: "Name must not be empty." });
  });

  it("shows a translation as the catalog words it, without changing its case", () => {
    const errors = fieldErrors(failure, korean);
    expect(errors.email).toBe(MESSAGES.ko.validation.account.emailFormat);
    expect(errors.email.startsWith("name@example.com")).toBe(true);
    // A custom message without a code falls back to the English, made a sentence.
    expect(errors.name).toBe("Name must not be empty.");
  });
});
