import { ROLES, type Role } from "@/lib/auth/roles";
import type { MessageParams } from "@/lib/i18n/english-catalog";

// The params of an audit summary (lib/audit/audit-summary.ts) that are stored as data and shown as
// words: a role ("VIEWER") by its name in the accounts catalog, a moment (ISO) as a calendar day,
// a capture URL's answers ("429,503@1500,200") as describeAnswers words them. The server's English
// and the Audit log page present them each in their own language; every other param is shown as
// stored. Isomorphic: the browser loads it (no database, no React).

/** How one language shows each kind of presented param. */
export type SummaryParamPresenters = {
  role: (role: Role) => string;
  day: (iso: string) => string;
  answers: (answers: SummaryAnswer[]) => string;
};

type SummaryAnswer = { status: number; delayMs?: number };

/** The params shown through a presenter, by name; any other name is shown as stored. */
const PRESENTED: Record<string, keyof SummaryParamPresenters> = {
  role: "role",
  fromRole: "role",
  toRole: "role",
  expiresAt: "day",
  answers: "answers",
};

/** A capture URL's answers as one param: "status" or "status@delayMs", in order, comma-separated. */
export function encodeAnswers(answers: readonly SummaryAnswer[]): string {
  return answers.map(({ status, delayMs }) => (delayMs ? `${status}@${delayMs}` : String(status))).join(",");
}

/** encodeAnswers undone; null for anything it did not write (an entry's params are read back from the database). */
function decodeAnswers(text: string): SummaryAnswer[] | null {
  const answers = text.split(",").map((part) => /^(\d{3})(?:@(\d{1,9}))?$/.exec(part));
  if (!answers.length || answers.some((match) => !match)) return null;
  return answers.map((match) => ({ status: Number(match?.[1]), ...(match?.[2] ? { delayMs: Number(match[2]) } : {}) }));
}

/** The params with the presented ones in words; a value the presenter cannot read stays as stored. */
export function presentSummaryParams(params: MessageParams, presenters: SummaryParamPresenters): MessageParams {
  const shown: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    const kind = Object.hasOwn(PRESENTED, name) ? PRESENTED[name] : undefined;
    shown[name] = kind && typeof value === "string" ? present(kind, value, presenters) : value;
  }
  return shown;
}

function present(kind: keyof SummaryParamPresenters, value: string, presenters: SummaryParamPresenters): string {
  if (kind === "role") return (ROLES as readonly string[]).includes(value) ? presenters.role(value as Role) : value;
  if (kind === "day") return Number.isNaN(Date.parse(value)) ? value : presenters.day(value);
  const answers = decodeAnswers(value);
  return answers ? presenters.answers(answers) : value;
}
