// A capture URL's answers in a few words, for the menu of capture URLs, the inspector page
// and the audit log: "200", "503 after 35 s", "429 then 200", "429, 429 then 200". The pages
// word it in the UI's language (components/inspector/use-describe-answers.ts); the audit log in English.

type Answer = { status: number; delayMs?: number };

/** How a language words an answer after a delay, and a sequence ending in the answer that repeats. */
export type AnswerWording = { after: (status: number, seconds: number) => string; sequence: (first: string, last: string) => string };

const ENGLISH: AnswerWording = {
  after: (status, seconds) => `${status} after ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`,
  sequence: (first, last) => `${first} then ${last}`,
};

function one(answer: Answer, wording: AnswerWording): string {
  const delay = answer.delayMs ?? 0;
  return delay <= 0 ? String(answer.status) : wording.after(answer.status, Math.round(delay / 100) / 10);
}

export function describeAnswers(answers: readonly Answer[], wording: AnswerWording = ENGLISH): string {
  const words = answers.map((answer) => one(answer, wording));
  if (words.length <= 1) return words[0] ?? "";
  return wording.sequence(words.slice(0, -1).join(", "), words.at(-1) ?? "");
}
