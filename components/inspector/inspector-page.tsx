"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertTriangle, Plus, RadioTower } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { inspectorApi } from "@/lib/client/inspector-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useErrorText } from "@/lib/client/error-text";
import { CaptureUrlView } from "./capture-url-view";
import styles from "./inspector.module.css";
import { useRoleGuard } from "@/components/app-shell/current-user";

/** The page's query parameter naming the open capture URL: "bin", its old name, so saved links keep working. */
const SELECTED_PARAM = "bin";

/** Settings → Request inspector: capture URLs on the built-in HTTPS listener, and what they received. */
export function InspectorPage() {
  const errorText = useErrorText();
  const t = useTranslations("inspector.page");
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Counts and "last request" move as requests arrive; the open capture URL polls faster itself.
  const overview = useQuery({
    queryKey: queryKeys.inspector,
    queryFn: ({ signal }) => inspectorApi.overview(signal),
    refetchInterval: 5000,
  });
  const captureUrls = overview.data?.captureUrls ?? [];
  const selected = captureUrls.find((captureUrl) => captureUrl.id === searchParams.get(SELECTED_PARAM)) ?? captureUrls[0];

  // Viewers read captures; making capture URLs needs an Editor.
  const editor = useRoleGuard("EDITOR", t("manage"));
  const create = useMutation({
    mutationFn: () => inspectorApi.create({}),
    onSuccess: async (captureUrl) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      router.replace(`${pathname}?${SELECTED_PARAM}=${encodeURIComponent(captureUrl.id)}`);
    },
  });

  const createButton = (variant: "primary" | "secondary") => (
    <Button
      variant={variant}
      icon={<Plus className="btn-icon" aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
      {...editor.control}
    >
      {t("newCaptureUrl")}
    </Button>
  );

  const status = overview.data?.status;
  return (
    <div className="page">
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={t("description")}
        actions={captureUrls.length > 0 ? createButton("secondary") : undefined}
      />
      {editor.note}
      {create.error && <FormError message={errorText(create.error)} />}
      {status && !status.running && (
        <div className="alert alert-warning" role="alert">
          <AlertTriangle className="alert-icon" size={16} aria-hidden />
          <span>{t("notRunning", { reason: status.error ?? t("notRunningReason") })}</span>
        </div>
      )}

      {overview.isPending ? (
        <LoadingState label={t("loading")} rows={3} />
      ) : overview.isError ? (
        <ErrorState title={t("loadFailed")} error={overview.error} onRetry={() => overview.refetch()} />
      ) : !selected ? (
        <EmptyState icon={<RadioTower size={28} />} title={t("empty.title")} action={createButton("primary")}>
          {t("empty.text")}
        </EmptyState>
      ) : (
        <>
          {captureUrls.length > 1 && (
            <nav className={styles.captureUrls} aria-label={t("captureUrls")}>
              {captureUrls.map((captureUrl) => (
                <Link
                  key={captureUrl.id}
                  href={`${pathname}?${SELECTED_PARAM}=${encodeURIComponent(captureUrl.id)}`}
                  replace
                  className={styles.captureUrlTab}
                  aria-current={captureUrl.id === selected.id ? "page" : undefined}
                >
                  {captureUrl.name}
                  <span className="count">{captureUrl.captureCount}</span>
                </Link>
              ))}
            </nav>
          )}
          <CaptureUrlView key={selected.id} captureUrl={selected} onDeleted={() => router.replace(pathname)} />
        </>
      )}
    </div>
  );
}
