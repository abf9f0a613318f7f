import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { describeAnswers } from "./describe-answers";

describe("describeAnswers", () => {
  it("names one answer by its status, and its delay when there is one", () => {
    expect(describeAnswers([{ status: 200 }])).toBe("200");
    expect(describeAnswers([{ status: 200, delayMs: 0 }])).toBe("200");
    expect(describeAnswers([{ status: 503, delayMs: 35_000 }])).toBe("503 after 35 s");
    expect(describeAnswers([{ status: 200, delayMs: 1500 }])).toBe("200 after 1.5 s");
  });

  it("names a sequence in order, the last (which repeats) after 'then'", () => {
    expect(describeAnswers([{ status: 429 }, { status: 200 }])).toBe("429 then 200");
    expect(describeAnswers([{ status: 429 }, { status: 429 }, { status: 200, delayMs: 2000 }])).toBe("429, 429 then 200 after 2 s");
  });
});

describe("describeAnswers in another language", () => {
  it("takes the language's wording from the catalog, as the inspector page does", () => {
    const t = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "inspector.answers" });
    const korean = {
      after: (status: number, seconds: number) => t("after", { status, seconds }),
      sequence: (first: string, last: string) => t("then", { first, last }),
    };
    expect(describeAnswers([{ status: 429 }, { status: 503, delayMs: 1500 }, { status: 200 }], korean)).toBe("429, 1.5초 후 503 다음 200");
  });
});
