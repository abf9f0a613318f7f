import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { type AnswerWording, describeAnswers } from "@/lib/inspector/describe-answers";

/** describeAnswers in the UI's language: "503 after 35 s" / "35초 후 503", "429 then 200" / "429 다음 200". */
export function useDescribeAnswers(): (answers: Parameters<typeof describeAnswers>[0]) => string {
  const t = useTranslations("inspector.answers");
  return useMemo(() => {
    const wording: AnswerWording = {
      after: (status, seconds) => t("after", { status, seconds }),
      sequence: (first, last) => t("then", { first, last }),
    };
    return (answers) => describeAnswers(answers, wording);
  }, [t]);
}
