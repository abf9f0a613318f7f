"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

/** Copies text with the Clipboard API; says so when the browser refuses (e.g. plain http on another host). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations("ui.copy");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <Button
        onClick={copy}
        icon={state === "copied" ? <Check className="btn-icon" aria-hidden /> : <Copy className="btn-icon" aria-hidden />}
      >
        {state === "copied" ? t("copied") : (label ?? t("label"))}
      </Button>
      <span role="status" className={state === "failed" ? "field-error" : "visually-hidden"}>
        {state === "copied" ? t("copiedStatus") : state === "failed" ? t("failed") : ""}
      </span>
    </>
  );
}
