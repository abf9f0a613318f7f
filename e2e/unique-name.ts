import type { TestInfo } from "@playwright/test";

/** A name no other test or earlier run uses, so specs never depend on each other's data. */
export function uniqueName(prefix: string, testInfo: TestInfo, separator = "-"): string {
  const random = Math.random().toString(36).slice(2, 8);
  return [prefix, Date.now().toString(36), testInfo.workerIndex, random].join(separator);
}
