"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * While `dirty`, warns before the page is closed or reloaded (beforeunload) and asks before an in-app
 * link leaves the current path. Returns the confirmation dialog to render. The browser's own Back
 * button inside the app cannot be cancelled (the App Router offers no way); the edits survive it in
 * this tab's storage instead (draft-storage.ts).
 */
export function useLeaveGuard(dirty: boolean, discard: () => void): ReactNode {
  const t = useTranslations("editor.leave");
  const router = useRouter();
  const [pendingHref, setPendingHref] = useState<string | null>(null);
  const discardRef = useRef(discard);
  discardRef.current = discard;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Capture on document runs before React's listeners, so Next's <Link> never sees the click.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      setPendingHref(url.pathname + url.search + url.hash);
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  return (
    <ConfirmDialog
      open={pendingHref !== null}
      onOpenChange={(open) => !open && setPendingHref(null)}
      title={t("title")}
      description={t("description")}
      confirmLabel={t("confirm")}
      destructive
      onConfirm={() => {
        const href = pendingHref;
        setPendingHref(null);
        discardRef.current();
        if (href) router.push(href);
      }}
    />
  );
}
