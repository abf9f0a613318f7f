"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/client/use-format";
import { Disclosure } from "./disclosure";
import { JsonTree } from "./json-tree";
import styles from "./exchange-view.module.css";

// A tree of a huge body costs more than it helps; past this size it is shown as text.
const TREE_LIMIT = 256 * 1024;

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  const text = body.trim();
  if (!text || (text[0] !== "{" && text[0] !== "[") || text.length > TREE_LIMIT) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** "Body:" — JSON as a collapsible tree, anything else as text. */
export function BodyView({
  label,
  body,
  bytes,
  truncated,
}: {
  label: string;
  body: string | null | undefined;
  bytes?: number;
  truncated?: boolean;
}) {
  const t = useTranslations("exchange");
  const format = useFormat();
  const text = body ?? "";
  const size = bytes ?? new TextEncoder().encode(text).length;
  const parsed = parseJson(text);
  const summary = text ? (parsed.ok ? t("jsonSize", { size: format.bytes(size) }) : format.bytes(size)) : t("empty");
  return (
    <Disclosure label={label} summary={summary}>
      {truncated && (
        <p className={styles.truncated} role="note">
          {t("truncated")}
        </p>
      )}
      {!text ? (
        <p className="muted xv-none">{t("noBody")}</p>
      ) : parsed.ok ? (
        <JsonTree value={parsed.value} />
      ) : (
        <pre className="xv-text mono">{text}</pre>
      )}
    </Disclosure>
  );
}
