import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { standardProperties, withObjectType, writableIssue } from "@/lib/crm/property-definitions";
import { errorResponse } from "@/lib/http/route-handler";
import { AppError, ERROR_CODES, OTHER_ERROR_CODES } from "@/lib/errors";
import { type ApiErrorKey, apiErrorKeys, englishApiError } from "./api-errors";
import { MESSAGES } from "./messages";
import { REPO_ROOT, sourceFiles } from "@/test/source-files";

// Every apiErrors key the code raises an error with has its message in every language, and the
// English the API answers is the en catalog's text, as it was written before the catalog.

const CODES = [...ERROR_CODES, ...OTHER_ERROR_CODES].join("|");
/**
 * The keys errors are made with in lib/, app/ and proxy.ts: the first argument of AppError.of and
 * AppError.ofIssues, of englishApiError and of the few helpers that write one kind of error from its
 * key (a refused webhook's verification, a cross-site refusal, a secret the key cannot open, the
 * browser client's own errors); and every literal "CODE.use" (a key chosen by a condition).
 */
const KEY_USES = [
  /(?:AppError\.(?:of|ofIssues)|englishApiError|refused|crossSite|new SecretKeyError)\(\s*"([^"]+)"/g,
  /clientError\(\s*[^,]+,\s*"([^"]+)"/g,
  new RegExp(`"((?:${CODES})\\.[A-Za-z]+)"`, "g"),
];
const usedKeys = [
  ...new Set(
    [...sourceFiles(path.join(REPO_ROOT, "lib")), ...sourceFiles(path.join(REPO_ROOT, "app")), path.join(REPO_ROOT, "proxy.ts")].flatMap(
      (file) => {
        const text = readFileSync(file, "utf8");
        return KEY_USES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
      },
    ),
  ),
].sort();

const keysOf = (locale: "en" | "ko") => new Set(apiErrorKeys(MESSAGES[locale].apiErrors as Record<string, unknown>));

describe("apiErrors catalog", () => {
  it("has a message in English and Korean for every key an AppError is raised with", () => {
    expect(usedKeys.length).toBeGreaterThan(100);
    // The helpers' keys are found too.
    expect(usedKeys).toEqual(
      expect.arrayContaining([
        "VERIFICATION_FAILED.unsigned",
        "CROSS_SITE_REQUEST.origin",
        "SECRET_KEY_MISMATCH.otherKey",
        "NETWORK_ERROR",
        "HTTP_ERROR.server",
      ]),
    );
    for (const locale of ["en", "ko"] as const) {
      const keys = keysOf(locale);
      expect(
        usedKeys.filter((key) => !keys.has(key)),
        locale,
      ).toEqual([]);
    }
  });

  it("names each message by an error code, then its use", () => {
    for (const key of keysOf("en")) expect([...ERROR_CODES, ...OTHER_ERROR_CODES], key).toContain(key.split(".")[0]);
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
    expect(t("FORBIDDEN.role", { need: "EDITOR", role: "VIEWER", actorName: "Ada", actorKind: "user" })).toBe(
      "이 작업에는 편집자 이상의 역할이 필요합니다. Ada의 역할은 뷰어입니다.",
    );
    expect(t("FORBIDDEN.role", { need: "ADMIN", role: "EDITOR", actorName: "Ada", actorKind: "token", tokenName: "CRM sync" })).toBe(
      "이 작업에는 관리자 이상의 역할이 필요합니다. Ada(API 토큰 CRM sync 사용)의 역할은 편집자입니다.",
    );
    expect(t("NO_MATCHING_RECORD.id", { objectType: "deal", id: "42" })).toBe("ID가 42인 거래 레코드가 없습니다.");
  });

  it("keeps the English of the errors keyed later exactly as the API answered them before", () => {
    // Each expected text is the literal the code wrote before the catalog named it.
    const role = { need: "EDITOR", role: "VIEWER", actorName: "Ada" };
    expect(englishApiError("FORBIDDEN.role", { ...role, actorKind: "user" })).toBe("This needs the Editor role or higher; Ada is Viewer.");
    expect(englishApiError("FORBIDDEN.role", { ...role, actorKind: "token", tokenName: "CRM sync" })).toBe(
      "This needs the Editor role or higher; Ada via the API token CRM sync is Viewer.",
    );
    expect(englishApiError("NOT_FOUND.objectType", { type: "lead" })).toBe('Object type "lead" was not found.');
    expect(englishApiError("NOT_FOUND.property", { name: "Bad-Name" })).toBe('Property "Bad-Name" was not found.');
    expect(englishApiError("NOT_FOUND.invitationLink")).toBe("This invitation was not found.");
    expect(englishApiError("NOT_FOUND.route", { verb: "GET", path: "/api/nope" })).toBe("No API route matches GET /api/nope.");
    expect(englishApiError("WORKFLOW_NOT_READY", { issue: "Add at least one action." })).toBe(
      "The workflow cannot be turned on: Add at least one action.",
    );
    expect(englishApiError("VALIDATION_FAILED.field", { path: "recordId", issue: "Invalid input" })).toBe("recordId: Invalid input");
    expect(englishApiError("VALIDATION_FAILED.notTestable", { actionType: "DELAY", actionLabel: "Delay" })).toBe(
      "A Delay action cannot be tested; only actions that call out can.",
    );
    expect(englishApiError("NUL_CHARACTER.at", { what: "json", where: "a.b" })).toBe(
      'The JSON body has the character U+0000 (NUL) at "a.b", which Hookflow does not accept. Remove it and send again.',
    );
    expect(englishApiError("NUL_CHARACTER.anywhere", { what: "query" })).toBe(
      "The query string has the character U+0000 (NUL), which Hookflow does not accept. Remove it and send again.",
    );
    expect(englishApiError("NO_MATCHING_RECORD.property", { objectType: "contact", property: "email", value: "a@b.c" })).toBe(
      'No contact has email = "a@b.c".',
    );
    expect(englishApiError("VERIFICATION_FAILED.oldSignature", { format: "t=<t>,v1=<hex>" })).toBe(
      "X-Hookflow-Signature uses the old body-only form (sha256=<hex>), which is no longer accepted because it can be replayed. " +
        "Sign a timestamp with the body and send X-Hookflow-Signature: t=<t>,v1=<hex>.",
    );
    expect(englishApiError("VERIFICATION_FAILED.stale", { t: "1700000000" })).toBe(
      "The X-Hookflow-Signature timestamp t=1700000000 is more than 5 minutes away from now: sign each request when it is sent (and check the sender's clock).",
    );
    expect(englishApiError("PAYLOAD_TOO_LARGE", { kib: "1024" })).toBe("The request body is larger than 1024 KiB.");
    expect(englishApiError("JSON_TOO_MANY_KEYS", { max: "10000" })).toBe(
      "The JSON body has more than 10000 object keys. Send fewer fields (at most 10000 in all).",
    );
  });

  it("answers a schema's issues with a keyed sentence: the one issue after its path, else a pointer to the details", async () => {
    const schema = z.strictObject({ recordId: z.number(), name: z.string() });
    const one = await errorResponse(schema.safeParse({ recordId: "x", name: "n" }).error).json();
    expect(one.error).toMatchObject({
      code: "VALIDATION_FAILED",
      key: "VALIDATION_FAILED.field",
      params: { path: "recordId", issue: one.error.details[0].message },
      message: `recordId: ${one.error.details[0].message}`,
      details: [{ path: "recordId", code: "zod.invalidType", params: { expected: "number" } }],
    });
    const two = await errorResponse(schema.safeParse({}).error).json();
    expect(two.error).toMatchObject({ key: "VALIDATION_FAILED.fields", message: "The request has invalid fields; see details." });
    expect(two.error.details).toHaveLength(2);
  });

  it("names a property a workflow cannot set by its internal name and object type, for the UI to label in its language", () => {
    const error = AppError.ofIssues("INVALID_WORKFLOW", [
      withObjectType(
        { path: "actions.0.config.property", ...writableIssue(standardProperties("contact"), "hs_object_id", "Contact")! },
        "contact",
      ),
    ]);
    expect(error.message).toBe("Record ID (hs_object_id) is set by Hookflow and cannot be set by a workflow.");
    expect(error.text).toEqual({ key: "INVALID_WORKFLOW", params: { issue: error.message } });
    expect(error.details?.[0]).toMatchObject({
      code: "propertyValue.readOnly",
      params: { propertyLabel: "Record ID", propertyName: "hs_object_id", objectType: "contact" },
    });
  });
});
