"use client";

import { formatDateTime, formatRelative } from "@/lib/client/format";

/** "3 hours ago", with the exact time on hover and for assistive tech via the datetime attribute. */
export function RelativeTime({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value)}
    </time>
  );
}
