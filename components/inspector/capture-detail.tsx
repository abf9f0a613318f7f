"use client";

import { useQuery } from "@tanstack/react-query";
import { BodyView, formatBytes } from "@/components/webhook-exchange/body-view";
import { Disclosure } from "@/components/webhook-exchange/disclosure";
import { HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { HeaderList } from "@/components/webhook-exchange/header-list";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { formatDateTime } from "@/lib/client/format";
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
  if (detail.isPending) return <LoadingState label="Loading the request…" rows={4} />;
  if (detail.isError) return <ErrorState title="Could not load this request" error={detail.error} onRetry={() => detail.refetch()} />;
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
        <CopyButton text={curl} label="Copy as curl" />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Received</dt>
          <dd>{formatDateTime(capture.receivedAt)}</dd>
        </div>
        <div>
          <dt>From</dt>
          <dd className="mono">{capture.remoteAddress ?? "—"}</dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd>
            <HttpStatus status={capture.responseStatus} />
            {response.delayMs > 0 && <span className="muted"> after {response.delayMs / 1000} s</span>}
            {response.answerNumber !== null && <span className="muted"> (answer {response.answerNumber})</span>}
          </dd>
        </div>
        <div>
          <dt>Body size</dt>
          <dd>{formatBytes(capture.bodyBytes)}</dd>
        </div>
      </dl>
      {query.length > 0 && (
        <Disclosure label="Query parameters:" summary={`${query.length} ${query.length === 1 ? "parameter" : "parameters"}`}>
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
      <HeaderList label="Headers:" headers={capture.headers} />
      {response.headers.length > 0 && <HeaderList label="Response headers:" headers={response.headers} />}
      {capture.bodyEncoding === "base64" ? (
        <Disclosure label="Body:" summary={`binary, ${formatBytes(capture.bodyBytes)}`}>
          <p className="muted xv-none">The body is not UTF-8 text; shown as base64.</p>
          <pre className="xv-text mono">{capture.body}</pre>
        </Disclosure>
      ) : (
        <BodyView label="Body:" body={capture.body} bytes={capture.bodyBytes} truncated={capture.bodyTruncated} />
      )}
      <p className="field-hint">
        Values of stored secrets are shown as [secret NAME] when they are at least {MIN_REDACTED_SECRET_LENGTH} characters long; shorter
        values are not looked for, so a capture never confirms a guess.
      </p>
    </div>
  );
}
