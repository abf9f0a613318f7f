"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BodyView } from "@/components/webhook-exchange/body-view";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { HeaderList } from "@/components/webhook-exchange/header-list";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useFormat } from "@/lib/client/use-format";
import { inspectorApi } from "@/lib/client/inspector-api";
import { queryKeys } from "@/lib/client/query-keys";
import { MIN_REDACTED_SECRET_LENGTH } from "@/lib/secrets/redact-secrets";
import { curlCommand } from "@/lib/webhooks/curl-command";
import styles from "./inspector.module.css";

/** "POST /orders?x=1": the method badge and the path with its query. */
export function MethodAndPath({
  capture,
  pathClassName,
}: {
  capture: { method: string; path: string; query: string };
  pathClassName: string;
}) {
  return (
    <>
      <span className={`xv-method xv-method-${capture.method.toLowerCase()}`}>{capture.method}</span>
      <span className={`mono ${pathClassName}`}>
        {capture.path}
        {capture.query ? `?${capture.query}` : ""}
      </span>
    </>
  );
}

/** One captured request, whole: request line, when and from where, what it was answered, query, headers, body. */
export function CaptureDetailView({
  captureUrlId,
  captureId,
  captureUrl,
}: {
  captureUrlId: string;
  captureId: number;
  captureUrl: string;
}) {
  const detail = useQuery({
    queryKey: queryKeys.inspectorCapture(captureUrlId, captureId),
    queryFn: ({ signal }) => inspectorApi.capture(captureUrlId, captureId, signal),
    // A capture never changes once stored.
    staleTime: Infinity,
  });
  const t = useTranslations("inspector.capture");
  const format = useFormat();
  if (detail.isPending) return <LoadingState label={t("loading")} rows={4} />;
  if (detail.isError) return <ErrorState title={t("loadFailed")} error={detail.error} onRetry={() => detail.refetch()} />;
  const capture = detail.data;
  const query = [...new URLSearchParams(capture.query).entries()];
  // The same request again, to this capture URL: as stored, so secrets stay masked (see curlCommand).
  const curl = curlCommand(
    {
      method: capture.method,
      url: `${captureUrl}${capture.path === "/" ? "" : capture.path}${capture.query ? `?${capture.query}` : ""}`,
      headers: capture.headers,
      body: capture.body,
      bodyEncoding: capture.bodyEncoding,
      bodyTruncated: capture.bodyTruncated,
    },
    // The inspector's certificate is its own, self-signed.
    { insecure: true },
  );
  const { response } = capture;
  return (
    <div className={styles.detailBody} data-testid="capture-detail">
      <div className={styles.requestHead}>
        <p className="xv-request-line">
          <MethodAndPath capture={capture} pathClassName="xv-url" />
        </p>
        <CopyButton text={curl} label={t("copyAsCurl")} />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>{t("received")}</dt>
          <dd>{format.dateTime(capture.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t("from")}</dt>
          <dd className="mono">{capture.remoteAddress ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("answered")}</dt>
          <dd>
            <HttpStatus status={capture.responseStatus} />
            {response.delayMs > 0 && <span className="muted"> {t("after", { seconds: response.delayMs / 1000 })}</span>}
            {response.answerNumber !== null && <span className="muted"> {t("answer", { number: response.answerNumber })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("bodySize")}</dt>
          <dd>{format.bytes(capture.bodyBytes)}</dd>
        </div>
      </dl>
      {query.length > 0 && (
        <Disclosure label={t("queryParameters")} summary={t("parameters", { count: query.length })}>
          <dl className="xv-headers">
            {query.map(([name, value], index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a query may repeat a name (and value); the list is fixed for a capture, so its position is its identity.
              <div key={`${index}:${name}`} className="xv-header">
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Disclosure>
      )}
      <HeaderList label={t("headers")} headers={capture.headers} />
      {response.headers.length > 0 && <HeaderList label={t("responseHeaders")} headers={response.headers} />}
      {capture.bodyEncoding === "base64" ? (
        <Disclosure label={t("body")} summary={t("binary", { size: format.bytes(capture.bodyBytes) })}>
          <p className="muted xv-none">{t("notText")}</p>
          <pre className="xv-text mono">{capture.body}</pre>
        </Disclosure>
      ) : (
        <BodyView label={t("body")} body={capture.body} bytes={capture.bodyBytes} truncated={capture.bodyTruncated} />
      )}
      <p className="field-hint">{t("secretsHint", { min: MIN_REDACTED_SECRET_LENGTH })}</p>
    </div>
  );
}
