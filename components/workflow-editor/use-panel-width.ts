"use client";

import { useCallback, useEffect, useState } from "react";

// The side panel's width, as the user set it with its resize handle (panel-resizer.tsx), kept in
// localStorage so every workflow opens with it, in this browser.

export const PANEL_MIN_WIDTH = 320;
export const PANEL_MAX_WIDTH = 800;
/** The width until the user changes it (narrower on small screens, as before the handle existed). */
const defaultWidth = () => (typeof window !== "undefined" && window.innerWidth <= 1100 ? 360 : 420);

const STORAGE_KEY = "hookflow:side-panel-width";

function clampPanelWidth(width: number): number {
  return Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, width)));
}

/** The width and a setter; `persist` stores it (at the end of a drag, not on every pixel of it). */
export function usePanelWidth(): [number, (width: number, persist?: boolean) => void] {
  const [width, setWidthState] = useState(420);

  // After hydration: storage is not readable on the server.
  useEffect(() => {
    let stored: number | null = null;
    try {
      stored = Number.parseInt(localStorage.getItem(STORAGE_KEY) ?? "", 10);
    } catch {
      // Storage disabled: the default width.
    }
    setWidthState(stored && Number.isFinite(stored) ? clampPanelWidth(stored) : defaultWidth());
  }, []);

  const setWidth = useCallback((next: number, persist = true) => {
    const clamped = clampPanelWidth(next);
    setWidthState(clamped);
    if (!persist) return;
    try {
      localStorage.setItem(STORAGE_KEY, String(clamped));
    } catch {
      // Storage full or disabled: the width lasts until the page is left.
    }
  }, []);

  return [width, setWidth];
}
