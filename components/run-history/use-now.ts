"use client";

import { useEffect, useState } from "react";

/** The current time, renewed every `everyMs` while `active`: waits shown on the page turn into "waited" when they end. */
export function useNow(everyMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // Catch up when ticking starts or stops: a run that just completed shows its waits as over.
    setNow(Date.now());
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, active]);
  return now;
}
