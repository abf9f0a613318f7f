import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { redactRunError, runError, runErrorKeys, runErrorRef, wordRunError } from "./run-errors";
import { REPO_ROOT, sourceFiles } from "@/test/source-files";

// Every runErrors key the code names has its message in every language, every message is named by
// some code, the English the runs keep is the en catalog's text as it was written before the
// catalog, and a stored key and params (nested messages included) read in Korean.

const keysOf = (locale: "en" | "ko") => new Set(runErrorKeys(MESSAGES[locale].runErrors as Record<string, unknown>));
const GROUPS = Object.keys(MESSAGES.en.runErrors).filter(
  (group) => typeof (MESSAGES.en.runErrors as Record<string, unknown>)[group] === "object",
);

/**
 * The runErrors keys written in the files that import the helper: every string literal that starts
 * with one of the catalog's groups ("transport.refused", a map's "address.loopback", either side of a
 * ternary), and the top-level messages passed to runError itself ("untranslated").
 */
const usedKeys = [
  ...new Set(
    ["lib", "app"]
      .flatMap((dir) => sourceFiles(path.join(REPO_ROOT, dir)))
      .map((file) => readFileSync(file, "utf8"))
      .filter((text) => /from "(@\/lib\/i18n|\.)\/run-errors"/.test(text))
      .flatMap((text) => [
        ...[...text.matchAll(new RegExp(`"((?:${GROUPS.join("|")})\\.[A-Za-z0-9.]+)"`, "g"))].map((m) => m[1]),
        ...[...text.matchAll(/runError(?:Ref)?\(\s*"([A-Za-z0-9]+)"/g)].map((m) => m[1]),
      ]),
  ),
].sort();

const korean = createTranslator({ locale: "ko", messages: MESSAGES.ko }) as unknown as Parameters<typeof wordRunError>[0];

describe("runErrors catalog", () => {
  it("has a message in English and Korean for every key the code names", () => {
    expect(usedKeys.length).toBeGreaterThan(60);
    for (const locale of ["en", "ko"] as const) {
      const keys = keysOf(locale);
      expect(
        usedKeys.filter((key) => !keys.has(key)),
        locale,
      ).toEqual([]);
    }
  });

  it("has no message the code never names", () => {
    const used = new Set(usedKeys);
    expect([...keysOf("en")].filter((key) => !used.has(key))).toEqual([]);
  });

  it("writes the English the runs always kept, nested messages worded in place", () => {
    expect(runError("transport.responseTimeout", { host: "example.com", seconds: 0.2 }).text).toBe(
      "example.com did not answer within 0.2 seconds",
    );
    expect(runError("transport.connectTimeout", { host: "example.com", seconds: 1 }).text).toBe(
      "Could not connect to example.com within 1 second",
    );
    expect(runError("transport.tlsUntrusted", { host: "h:8443", reason: "selfSigned" }).text).toBe(
      "The TLS certificate of h:8443 is not trusted (self-signed certificate)",
    );
    expect(runError("blocked.resolvesTo", { host: "evil.example", address: "10.0.0.5", reason: runErrorRef("address.private") }).text).toBe(
      "Refused: evil.example resolves to 10.0.0.5, a private network address. Webhooks may only reach public addresses.",
    );
    const failure = runError("response.serverError", { status: "503" });
    expect(runError("run.gaveUp", { error: { key: failure.key, params: failure.params }, gaveUp: runErrorRef("gaveUp.window") }).text).toBe(
      "The endpoint failed with 503; Hookflow will retry. Gave up: still failing 3 days after the first failure.",
    );
    expect(
      runError("slack.refusedMeaning", { status: "404", code: "no_service", meaning: "no_service", fix: "true", secret: "SLACK_SALES" })
        .text,
    ).toBe(
      'Slack refused the message with 404 (no_service: the webhook URL was revoked or is wrong); it is not retried. Put a current Slack webhook URL in the secret "SLACK_SALES".',
    );
    expect(runError("slack.refused", { status: "400", fix: "false", secret: "S" }).text).toBe(
      "Slack refused the message with 400; it is not retried.",
    );
    expect(runError("config.outputMissing", { output: "id", action: runErrorRef("actionTypes:SEND_WEBHOOK.label") }).text).toBe(
      'The output "id" of Send a webhook is not available; that action has not produced it.',
    );
    expect(runError("validation:propertyValue.bool", { propertyLabel: "Opted in", propertyName: "opted_in", given: "maybe" }).text).toBe(
      'Opted in (opted_in) takes true or false; got "maybe".',
    );
  });

  it("masks secrets in the params as in the text, nested ones included", () => {
    const error = runError("run.gaveUp", {
      error: runErrorRef("outputs.notNumber", { output: "n", path: "x", value: '"sk_live_123"' }),
      gaveUp: runErrorRef("gaveUp.window"),
    });
    const masked = redactRunError(error, (text) => text.replaceAll("sk_live_123", "••••"));
    expect(JSON.stringify(masked)).not.toContain("sk_live_123");
    expect(masked.text).toContain('("••••")');
    expect(masked.params).toEqual({
      error: { key: "outputs.notNumber", params: { output: "n", path: "x", value: '"••••"' } },
      gaveUp: { key: "gaveUp.window" },
    });
  });

  it("reads a stored key and params in Korean, nested messages and other catalogs' included", () => {
    const refused = runError("blocked.address", { host: "127.0.0.1", reason: runErrorRef("address.loopback") });
    expect(wordRunError(korean, refused.key, refused.params)).toBe(
      "거부됨: 127.0.0.1은(는) 루프백 주소입니다. 웹훅은 공개 주소로만 보낼 수 있습니다.",
    );
    expect(wordRunError(korean, "response.rateLimitedWait", { unit: "minutes", count: 15 })).toBe(
      "엔드포인트가 요청 속도를 제한하고 있습니다(429). 15분 후에 다시 시도해 달라고 요청했습니다.",
    );
    expect(
      wordRunError(korean, "run.gaveUp", {
        error: { key: "response.serverError", params: { status: "503" } },
        gaveUp: { key: "gaveUp.attempts", params: { failures: 21 } },
      }),
    ).toBe(
      "엔드포인트가 실패했습니다(503). Hookflow가 재시도합니다. 21번 시도한 후 포기했습니다. Hookflow가 한 전송에 시도하는 최대 횟수입니다.",
    );
    expect(wordRunError(korean, "config.outputMissing", { output: "id", action: { key: "actionTypes:SEND_WEBHOOK.label" } })).toBe(
      '웹훅 보내기의 출력 "id"을(를) 사용할 수 없습니다. 그 작업이 이 출력을 만들지 않았습니다.',
    );
    expect(wordRunError(korean, "transport.responseTimeout", { host: "example.com", seconds: 30 })).toBe(
      "example.com이(가) 30초 안에 응답하지 않았습니다",
    );
  });

  it("hands every level's params to the reader's localizer (a default property's label in Korean)", () => {
    const label = (params: Record<string, string | number>) =>
      params.propertyName === "hs_lead_status" ? { ...params, propertyLabel: "리드 상태" } : params;
    const misfit = {
      objectType: "contact",
      propertyName: "hs_lead_status",
      propertyLabel: "Lead status",
      given: "hot",
      options: "new",
      more: 0,
    };
    expect(wordRunError(korean, "validation:propertyValue.bool", misfit, label)).toBe(
      '리드 상태(hs_lead_status) 속성에는 true 또는 false를 입력하세요. 입력한 값: "hot"',
    );
    expect(
      wordRunError(
        korean,
        "run.gaveUp",
        { error: { key: "validation:propertyValue.bool", params: misfit }, gaveUp: { key: "gaveUp.window" } },
        label,
      ),
    ).toContain("리드 상태(hs_lead_status)");
  });

  it("words nothing for a key or params it does not know (the stored English is shown)", () => {
    expect(wordRunError(korean, "transport.noSuchMessage", { host: "x" })).toBeNull();
    expect(wordRunError(korean, "apiErrors:NOT_FOUND", {})).toBeNull();
    expect(wordRunError(korean, "run.gaveUp", { error: { key: "nope.nope" }, gaveUp: { key: "gaveUp.window" } })).toBeNull();
    expect(wordRunError(korean, "transport.refused", ["x"])).toBeNull();
    expect(wordRunError(korean, "transport.refused", { host: { nested: true } })).toBeNull();
  });
});
