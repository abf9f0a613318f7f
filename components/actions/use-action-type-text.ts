import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ActionText, ActionTextKey } from "@/lib/actions/action-definition";
import { type ActionNaming, actionDisplayName, summaryContext } from "@/lib/actions/action-names";
import { type ActionType, definitionOf } from "@/lib/actions/action-registry";

const known = (type: string): type is ActionType => !!definitionOf(type);

/**
 * The words of action types in the viewer's language (the actionTypes catalog): labels, descriptions,
 * picker groups, run-page words, and the ActionText that lib/ returns (a node's summary). A type that
 * no longer exists (an old run's step) is named by its type.
 */
export function useActionTypeText() {
  const t = useTranslations("actionTypes");
  return useMemo(() => {
    const naming: ActionNaming = { label: (type) => (known(type) ? t(`${type}.label`) : type), removed: t("removedAction") };
    // A key of one type only (testExplains, retryNote, holdsNoun): checked against the registry by
    // lib/actions/action-type-texts.test.ts, so a missing one fails there, not on screen.
    const optional = (type: string, key: string) => (known(type) ? t(`${type}.${key}` as ActionTextKey) : "");
    return {
      naming,
      label: naming.label,
      description: (type: ActionType) => t(`${type}.description`),
      group: (type: ActionType) => t(`groups.${definitionOf(type)?.group ?? "flow"}`),
      text: (text: ActionText) => t(text.key, text.values),
      displayName: (action: { type: string; name?: string | null }) => actionDisplayName(action, naming),
      summaryContext: (actions: Parameters<typeof summaryContext>[0], property?: Parameters<typeof summaryContext>[1]) =>
        summaryContext(actions, property, naming),
      runningLabel: (type: string) => optional(type, "runningLabel"),
      retryNote: (type: string) => optional(type, "retryNote"),
      holdsNoun: (type: string) => (definitionOf(type)?.run.holdsNext ? optional(type, "holdsNoun") : null),
      testExplains: (type: string) => (definitionOf(type)?.test ? optional(type, "testExplains") : ""),
    };
  }, [t]);
}

export type ActionTypeTexts = ReturnType<typeof useActionTypeText>;
