import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AppError, ERROR_CODES } from "@/lib/errors";
import { type ApiErrorKey, apiErrorKeys, englishApiError } from "./api-errors";
import { MESSAGES } from "./messages";

// Every apiErrors key the code raises an error with has its message in every language, and the
// English the API answers is the en catalog's text, as it was written before the catalog.

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The keys passed to AppError.of in lib/ and app/. */
const usedKeys = [
  ...new Set(
    ["lib", "app"]
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/AppError\.of\(\s*"([^"]+)"/g)].map((m) => m[1])),
  ),
].sort();

const keysOf = (locale: "en" | "ko") => new Set(apiErrorKeys(MESSAGES[locale].apiErrors as Record<string, unknown>));

describe("apiErrors catalog", () => {
  it("has a message in English and Korean for every key an AppError is raised with", () => {
    expect(usedKeys.length).toBeGreaterThan(30);
    for (const locale of ["en", "ko"] as const) {
      const keys = keysOf(locale);
      expect(
        usedKeys.filter((key) => !keys.has(key)),
        locale,
      ).toEqual([]);
    }
  });

  it("names each message by an error code, then its use", () => {
    for (const key of keysOf("en")) expect(ERROR_CODES, key).toContain(key.split(".")[0]);
  });

  it("writes the server's English as it was, with the error's code, key and params", () => {
    const error = AppError.of("PROPERTY_IN_USE", { name: "seats", users: '"Onboarding", "Renewals"' });
    expect(error).toMatchObject({
      code: "PROPERTY_IN_USE",
      text: { key: "PROPERTY_IN_USE", params: { name: "seats", users: '"Onboarding", "Renewals"' } },
    });
    expect(error.message).toBe('Workflows use the property "seats": "Onboarding", "Renewals". Change them first, then delete it.');
    expect(englishApiError("TOO_MANY_ATTEMPTS", { minutes: 1 })).toBe("Too many failed sign-ins. Try again in 1 minute.");
    expect(englishApiError("TOO_MANY_ATTEMPTS", { minutes: 15 })).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(englishApiError("CONFLICT.propertyName", { object: "deal", name: "amount" })).toBe(
      'Deal already has a property named "amount"; choose another internal name.',
    );
    expect(englishApiError("CONFLICT.defaultProperty", { object: "company", name: "domain" })).toBe(
      '"domain" is one of HubSpot\'s default company properties and cannot be deleted.',
    );
    expect(englishApiError("FORBIDDEN.tokenAbove", { own: "EDITOR" })).toBe(
      "A token cannot have a role above yours (EDITOR); choose EDITOR or lower.",
    );
    expect(englishApiError("FORBIDDEN.changeAbove", { role: "OWNER", own: "ADMIN" })).toBe(
      "You cannot change a user whose role (Owner) is above yours (Admin).",
    );
    expect(englishApiError("VALIDATION_FAILED.tooManyMatches", { max: "1000", query: "acme" })).toBe(
      "More than 1000 records match “acme”; narrow the search (at most 1000 records are enrolled at once).",
    );
  });

  it("translates a key and its params into Korean", () => {
    const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "apiErrors" });
    const t = korean as unknown as (key: ApiErrorKey, params?: Record<string, string | number>) => string;
    expect(t("CONFLICT.secretName", { name: "STRIPE_KEY" })).toBe(
      '이름이 "STRIPE_KEY"인 비밀이 이미 있습니다. 먼저 삭제하거나 다른 이름을 선택하세요.',
    );
    expect(t("TOO_MANY_ATTEMPTS", { minutes: 15 })).toBe("로그인 실패가 너무 많습니다. 15분 후에 다시 시도하세요.");
    expect(t("FORBIDDEN.giveAbove", { own: "ADMIN" })).toBe("내 역할(관리자)보다 높은 역할은 부여할 수 없습니다.");
  });
});
