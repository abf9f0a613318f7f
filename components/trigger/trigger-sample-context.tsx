"use client";

import { createContext, use } from "react";

/**
 * The webhook trigger's sample payload as held in the editor's draft, for value pickers deep inside
 * action panels (they do not receive the workflow). Undefined when there is no sample.
 */
export const TriggerSampleContext = createContext<unknown>(undefined);

export function useTriggerSample(): unknown {
  return use(TriggerSampleContext);
}
