"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, ExternalLink, Plus, RadioTower } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDescribeAnswers } from "@/components/inspector/use-describe-answers";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { inspectorApi } from "@/lib/client/inspector-api";
import { captureUrlTarget } from "@/lib/inspector/capture-url-target";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";
import styles from "@/components/pickers/picker.module.css";

/**
 * "Send to the request inspector": puts one of the built-in capture URLs (or a new one) in
 * place of the Webhook URL's origin, keeping the path and query typed, so a workflow can be
 * tried before any outside endpoint exists.
 */
export function CaptureUrlMenu({ webhookUrl, onPick }: { webhookUrl: string; onPick: (url: string) => void }) {
  const errorText = useErrorText();
  const t = useTranslations("sendWebhook.captureUrl");
  const describeAnswers = useDescribeAnswers();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const overview = useQuery({ queryKey: queryKeys.inspector, queryFn: ({ signal }) => inspectorApi.overview(signal), enabled: open });
  const create = useMutation({
    mutationFn: () => inspectorApi.create({}),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      onPick(captureUrlTarget(webhookUrl, created.url));
    },
  });
  const captureUrls = overview.data?.captureUrls ?? [];

  return (
    <div className={styles.captureUrlMenu}>
      <DropdownMenu.Root open={open} onOpenChange={setOpen}>
        <DropdownMenu.Trigger className="btn btn-ghost btn-sm">
          <RadioTower className="btn-icon" aria-hidden />
          {t("trigger")}
          <ChevronDown size={14} aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            className={`${styles.popover} ${styles.captureUrlMenuContent}`}
            align="start"
            sideOffset={4}
            collisionPadding={12}
          >
            {overview.isPending && <p className={styles.note}>{t("loading")}</p>}
            {overview.isError && <p className={styles.note}>{t("loadError", { reason: errorText(overview.error) })}</p>}
            {captureUrls.length > 0 && (
              <DropdownMenu.Group className={styles.list}>
                <DropdownMenu.Label className={styles.groupTitle}>{t("group")}</DropdownMenu.Label>
                {captureUrls.map((captureUrl) => (
                  <DropdownMenu.Item
                    key={captureUrl.id}
                    className={`${styles.option} ${styles.captureUrlOption}`}
                    onSelect={() => onPick(captureUrlTarget(webhookUrl, captureUrl.url))}
                  >
                    <span>{captureUrl.name}</span>
                    <span className={styles.optionMeta}>
                      {t("meta", { answers: describeAnswers(captureUrl.responses), count: captureUrl.captureCount })}
                    </span>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Group>
            )}
            <DropdownMenu.Separator className={styles.captureUrlMenuSeparator} />
            <DropdownMenu.Item className={styles.option} disabled={create.isPending} onSelect={() => create.mutate()}>
              <span>
                <Plus size={14} aria-hidden /> {t("new")}
              </span>
            </DropdownMenu.Item>
            <DropdownMenu.Item className={styles.option} asChild>
              <a href="/settings/inspector" target="_blank" rel="noreferrer">
                <span>
                  <ExternalLink size={14} aria-hidden /> {t("openInspector")}
                </span>
              </a>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {create.error && <p className="field-error">{t("createError", { reason: errorText(create.error) })}</p>}
    </div>
  );
}
