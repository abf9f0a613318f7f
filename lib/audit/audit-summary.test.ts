import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/client/format";
import type { MessageParams } from "@/lib/i18n/english-catalog";
import { MESSAGES } from "@/lib/i18n/messages";
import { describeAnswers } from "@/lib/inspector/describe-answers";
import { localizeParams, messagesText } from "@/lib/i18n/localize-params";
import { actionParams, type AuditSummaryKey, auditSummary, optionalPart, recordParams } from "./audit-summary";
import { encodeAnswers, presentSummaryParams, type SummaryParamPresenters } from "./summary-params";
import { REPO_ROOT, sourceFiles } from "@/test/source-files";

// Every audit summary the code writes is a message of the auditSummaries catalog in every
// language; its English is what the audit log said before the catalog, word for word; and the
// Korean reads as the Audit log page shows it (components/settings/use-audit-summary.ts).

/** The keys passed to auditSummary in lib/, app/ and scripts/. */
const usedKeys = [
  ...new Set(
    ["lib", "app", "scripts"]
      .flatMap((dir) => sourceFiles(path.join(REPO_ROOT, dir)))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/auditSummary\(\s*"([^"]+)"/g)].map((m) => m[1])),
  ),
].sort();

function leaves(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}

/** The Audit log page's presenters for Korean, in Seoul's time zone. */
const koreanFormat = createFormat({ locale: "ko", timeZone: "Asia/Seoul", justNow: "방금" });
const inspectorKo = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "inspector.answers" });
const KOREAN: SummaryParamPresenters = {
  role: (role) => MESSAGES.ko.accounts.roles[role],
  day: (iso) => koreanFormat.date(iso),
  answers: (answers) =>
    describeAnswers(answers, {
      after: (status, seconds) => inspectorKo("after", { status, seconds }),
      sequence: (first, last) => inspectorKo("then", { first, last }),
    }),
};
const koT = createTranslator({ locale: "ko", messages: MESSAGES.ko, namespace: "auditSummaries" }) as unknown as (
  key: string,
  params?: MessageParams,
) => string;
/** As the page words it: presented params, then English names swapped for Korean ones (useKeyedText). */
const korean = ({ key, params }: { key: AuditSummaryKey; params: MessageParams }) =>
  koT(key, localizeParams(presentSummaryParams(params, KOREAN), messagesText(MESSAGES.ko)));

describe("auditSummaries catalog", () => {
  it("has a message in English and Korean for every key a summary is written with, and no message nothing writes", () => {
    expect(usedKeys.length).toBeGreaterThan(35);
    for (const locale of ["en", "ko"] as const) {
      const keys = new Set(leaves(MESSAGES[locale].auditSummaries));
      expect(
        usedKeys.filter((key) => !keys.has(key)),
        locale,
      ).toEqual([]);
    }
    expect(leaves(MESSAGES.en.auditSummaries).filter((key) => !usedKeys.includes(key))).toEqual([]);
  });

  it("writes the English the audit log wrote before the catalog, word for word, with each variant", () => {
    const text = (key: AuditSummaryKey, params?: MessageParams) => auditSummary(key, params).text;
    expect(text("setup.browser", { email: "ada@example.com", ...optionalPart("withIp", { ip: "203.0.113.7" }) })).toBe(
      "Owner account created for ada@example.com from 203.0.113.7.",
    );
    expect(text("setup.browser", { email: "ada@example.com", ...optionalPart("withIp", { ip: null }) })).toBe(
      "Owner account created for ada@example.com.",
    );
    expect(text("setup.bootstrap", { email: "ada@example.com", withToken: "yes" })).toBe(
      "Owner account created for ada@example.com from the bootstrap variables, with an Owner API token (Bootstrap).",
    );
    expect(text("signout.all", { name: "Ada", count: 3 })).toBe("Ada signed out of all 3 session(s).");
    expect(
      text("token.created", { name: "CI", role: "EDITOR", ...optionalPart("withExpiry", { expiresAt: "2027-01-31T23:30:00.000Z" }) }),
    ).toBe('API token "CI" created with the Editor role, expiring 2027-01-31.');
    expect(text("token.created", { name: "CI", role: "VIEWER", ...optionalPart("withExpiry", { expiresAt: null }) })).toBe(
      'API token "CI" created with the Viewer role.',
    );
    expect(
      text("invitation.created", { role: "ADMIN", ...optionalPart("withEmail", { email: "" }), expiresAt: "2026-12-10T08:00:00.000Z" }),
    ).toBe("Invitation as Admin, valid until 2026-12-10.");
    expect(text("user.roleChanged", { name: "Grace", fromRole: "VIEWER", toRole: "OWNER" })).toBe("Grace: Viewer → Owner.");
    expect(text("user.created", { name: "Ada", email: "ada@example.com", role: "OWNER", completingSetup: "yes" })).toBe(
      "Ada (ada@example.com) created as Owner from the command line, completing the setup.",
    );
    expect(text("enrollment.created", { ...recordParams(5, null), workflowName: "Onboarding" })).toBe(
      'Enrolled record 5 in workflow "Onboarding"',
    );
    expect(
      text("enrollment.retried", { ...actionParams({ type: "SEND_WEBHOOK", name: "Tell the CRM" }), ...recordParams(5, "Ada Lovelace") }),
    ).toBe('Retry now: "Tell the CRM" for record 5 (Ada Lovelace)');
    expect(text("enrollment.retried", { ...actionParams(null), ...recordParams(5, null) })).toBe(
      'Retry now: "a removed action" for record 5',
    );
    expect(
      text("action.tested", {
        ...actionParams({ type: "SEND_WEBHOOK" }),
        workflowName: "W",
        recordId: "1",
        ...optionalPart("sent", { host: null }),
      }),
    ).toBe('Tested "Send a webhook" of workflow "W" with record 1: nothing was sent');
    expect(text("hookEvent.triedAgain", { eventId: "e1", enrollmentId: "r1", duplicate: "yes" })).toBe(
      "Tried hook event e1 again: a duplicate of run r1",
    );
    expect(text("workflow.changed", { name: "W", revision: "2", changes: "none" })).toBe(
      'Changed workflow "W": saved with no change (revision 2)',
    );
    expect(text("workflow.changed", { name: "W", revision: "7", changes: "name_trigger_actions", previousName: "V" })).toBe(
      'Changed workflow "W": renamed from "V", the trigger, the actions (revision 7)',
    );
    expect(text("property.created", { objectType: "deal", label: "Seats", name: "seats" })).toBe('Created deal property "Seats" (seats)');
    const answers = encodeAnswers([{ status: 429 }, { status: 503, delayMs: 1500 }, { status: 200, delayMs: 0 }]);
    expect(answers).toBe("429,503@1500,200");
    expect(text("captureUrl.changed", { name: "Sandbox", changes: "name_response", answers })).toBe(
      'Changed capture URL "Sandbox": its name, its response (status 429, 503 after 1.5 s then 200)',
    );
    expect(text("captureUrl.changed", { name: "Sandbox", changes: "none" })).toBe('Changed capture URL "Sandbox": nothing');
  });

  it("keeps the key and the params as written: a role by its value, a moment as ISO", () => {
    expect(auditSummary("token.created", { name: "CI", role: "EDITOR", withExpiry: "yes", expiresAt: "2027-01-31T23:30:00.000Z" })).toEqual(
      {
        key: "token.created",
        params: { name: "CI", role: "EDITOR", withExpiry: "yes", expiresAt: "2027-01-31T23:30:00.000Z" },
        text: 'API token "CI" created with the Editor role, expiring 2027-01-31.',
      },
    );
  });

  it("reads in Korean with roles, days and answers in Korean", () => {
    expect(korean(auditSummary("enrollment.retried", { ...actionParams({ type: "SEND_WEBHOOK" }), ...recordParams(5, null) }))).toBe(
      '레코드 5의 "웹훅 보내기" 작업을 지금 재시도했습니다.',
    );
    expect(korean(auditSummary("enrollment.retried", { ...actionParams(null), ...recordParams(5, null) }))).toBe(
      '레코드 5의 "(삭제됨)" 작업을 지금 재시도했습니다.',
    );
    expect(korean(auditSummary("workflow.created", { name: "온보딩", objectType: "contact" }))).toBe(
      '연락처 레코드용 "온보딩" 워크플로를 만들었습니다.',
    );
    expect(
      korean(auditSummary("workflow.changed", { name: "새 이름", revision: "4", changes: "name_actions", previousName: "옛 이름" })),
    ).toBe('"옛 이름" 워크플로의 이름을 "새 이름"(으)로 바꾸고 작업을 변경했습니다(리비전 4).');
    expect(korean(auditSummary("workflow.switched", { name: "W", revision: "3", state: "off" }))).toBe(
      '"W" 워크플로를 껐습니다(리비전 3).',
    );
    expect(korean(auditSummary("user.roleChanged", { name: "Grace", fromRole: "VIEWER", toRole: "ADMIN" }))).toBe(
      "Grace님의 역할을 뷰어에서 관리자 역할로 바꿨습니다.",
    );
    // 23:30 UTC is the next morning in Seoul: the day is the user's.
    expect(
      korean(auditSummary("token.created", { name: "CI", role: "EDITOR", withExpiry: "yes", expiresAt: "2027-01-31T23:30:00.000Z" })),
    ).toBe('"CI" API 토큰을 편집자 역할로 만들었습니다(만료: 2027. 2. 1.).');
    expect(
      korean(
        auditSummary("invitation.created", {
          role: "VIEWER",
          withEmail: "yes",
          email: "a@b.example",
          expiresAt: "2026-12-10T08:00:00.000Z",
        }),
      ),
    ).toBe("a@b.example용 뷰어 역할 초대를 만들었습니다(유효 기한: 2026. 12. 10.).");
    expect(korean(auditSummary("enrollment.created", { ...recordParams(5, "Ada"), workflowName: "W" }))).toBe(
      '레코드 5(Ada)을(를) "W" 워크플로에 등록했습니다.',
    );
    expect(korean(auditSummary("captureUrl.changed", { name: "S", changes: "response", answers: "429,503@1500,200" }))).toBe(
      '"S" 캡처 URL의 응답을 변경했습니다(상태 429, 1.5초 후 503 다음 200).',
    );
    expect(korean(auditSummary("setup.bootstrap", { email: "ada@example.com", withToken: "yes" }))).toBe(
      "부트스트랩 변수로 소유자 계정(ada@example.com)과 소유자 API 토큰(Bootstrap)을 만들었습니다.",
    );
  });

  it("shows a presented param it cannot read as stored", () => {
    const shown = presentSummaryParams({ role: "SUPERUSER", expiresAt: "someday", answers: "lots", name: "OWNER" }, KOREAN);
    expect(shown).toEqual({ role: "SUPERUSER", expiresAt: "someday", answers: "lots", name: "OWNER" });
  });
});
