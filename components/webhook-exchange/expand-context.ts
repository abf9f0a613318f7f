"use client";

import { createContext, useContext } from "react";

/**
 * "Open all" / "Collapse all" for every collapsible part of one exchange. The viewer remounts
 * its content when either is pressed, so each part only reads this once, for its first state.
 */
export type ExpandMode = "default" | "open" | "closed";

export const ExpandContext = createContext<ExpandMode>("default");

export function useInitialOpen(defaultOpen: boolean): boolean {
  const mode = useContext(ExpandContext);
  return mode === "default" ? defaultOpen : mode === "open";
}
