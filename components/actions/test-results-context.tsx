"use client";

import { createContext, type ReactNode, use, useMemo, useState } from "react";
import type { TestResult } from "./test-section";

/** An action's last Test in this editor, and when it ran. */
export type PinnedTest = { result: TestResult; at: string };

type TestResults = {
  results: ReadonlyMap<string, PinnedTest>;
  set: (actionId: string, result: TestResult | null) => void;
};

const TestResultsContext = createContext<TestResults | null>(null);

/**
 * Each action's last Test result, kept for the editor's life (n8n's "pinned data"): it survives the
 * panel closing, and an action that reads an earlier action's output is tested with that
 * action's last Test outputs (test-section.tsx sends them as pinnedOutputs).
 */
export function TestResultsProvider({ children }: { children: ReactNode }) {
  const [results, setResults] = useState<ReadonlyMap<string, PinnedTest>>(new Map());
  const value = useMemo<TestResults>(
    () => ({
      results,
      set: (actionId, result) =>
        setResults((current) => {
          const next = new Map(current);
          if (result) next.set(actionId, { result, at: new Date().toISOString() });
          else next.delete(actionId);
          return next;
        }),
    }),
    [results],
  );
  return <TestResultsContext value={value}>{children}</TestResultsContext>;
}

export function useTestResults(): TestResults {
  const value = use(TestResultsContext);
  if (!value) throw new Error("useTestResults must be used inside TestResultsProvider.");
  return value;
}

/** One action's last Test result and its setter, as a panel's state. */
export function useLastTest(actionId: string): [TestResult | null, (result: TestResult | null) => void] {
  const { results, set } = useTestResults();
  return [results.get(actionId)?.result ?? null, (result) => set(actionId, result)];
}
