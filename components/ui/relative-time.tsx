"use client";

import { useFormat } from "@/lib/client/use-format";

/** "3 hours ago", with the exact time on hover and for assistive tech via the datetime attribute. */
export function RelativeTime({ value }: { value: string | null | undefined }) {
  const format = useFormat();
  if (!value) return <span className="muted">—</span>;
  return (
    <time dateTime={value} title={format.dateTime(value)}>
      {format.relative(value)}
    </time>
  );
}
