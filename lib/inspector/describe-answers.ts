// A capture URL's answers in a few words, for the menu of capture URLs, the inspector page
// and the audit log: "200", "503 after 35 s", "429 then 200", "429, 429 then 200".

type Answer = { status: number; delayMs?: number };

function one(answer: Answer): string {
  const delay = answer.delayMs ?? 0;
  if (delay <= 0) return String(answer.status);
  const seconds = delay / 1000;
  return `${answer.status} after ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function describeAnswers(answers: readonly Answer[]): string {
  const words = answers.map(one);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} then ${words.at(-1)}`;
}
