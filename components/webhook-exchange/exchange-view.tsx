"use client";

import { ChevronsDownUp, ChevronsUpDown, Clock, CircleAlert } from "lucide-react";
import { Tabs } from "radix-ui";
import { useState } from "react";
import { formatDateTime, formatRelative } from "@/lib/client/format";
import { BodyView } from "./body-view";
import { ExpandContext, type ExpandMode } from "./expand-context";
import { HeaderList } from "./header-list";
import factList from "@/components/ui/fact-list.module.css";
import styles from "./exchange-view.module.css";

type ExchangeRequest = { method: string; url: string; headers: Record<string, string>; body?: string | null };
type ExchangeResponse = { status: number; headers: Record<string, string>; body: string; bodyBytes?: number; bodyTruncated?: boolean };

export type ExchangeViewProps = {
  request: ExchangeRequest | null;
  response: ExchangeResponse | null;
  error?: string | null;
  durationMs?: number;
  nextAttemptAt?: string | null;
};

function statusClass(status: number): "2xx" | "3xx" | "4xx" | "5xx" | "other" {
  if (status >= 200 && status < 300) return "2xx";
  if (status >= 300 && status < 400) return "3xx";
  if (status >= 400 && status < 500) return "4xx";
  if (status >= 500 && status < 600) return "5xx";
  return "other";
}

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function formatDuration(ms: number | undefined | null): string {
  if (ms === undefined || ms === null) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** The status code as a coloured pill, e.g. "200 OK" in green, "503 Service Unavailable" in red. */
export function HttpStatus({ status }: { status: number }) {
  return (
    <span className={`${styles.status} ${styles[`status${statusClass(status)}`]}`}>
      {status}
      {REASONS[status] ? ` ${REASONS[status]}` : ""}
    </span>
  );
}

function untilLabel(at: string): string {
  const ms = new Date(at).getTime() - Date.now();
  if (ms <= 0) return "due now";
  return ms < 45_000 ? "in a few seconds" : formatRelative(at);
}

function NextRetry({ at }: { at: string }) {
  return (
    <p className={styles.nextRetry}>
      <Clock aria-hidden size={14} />
      <span>
        Next retry at <time dateTime={at}>{formatDateTime(at)}</time> ({untilLabel(at)})
      </span>
    </p>
  );
}

function ResponsePanel({ response, error, durationMs }: Pick<ExchangeViewProps, "response" | "error" | "durationMs">) {
  if (!response) {
    return (
      <div className={styles.noResponse}>
        <CircleAlert aria-hidden size={18} className={styles.noResponseIcon} />
        <div>
          <p className={styles.noResponseTitle}>No response was received.</p>
          <p>{error || "The request did not get an answer from the endpoint."}</p>
          {durationMs !== undefined && durationMs > 0 && <p className="muted">Failed after {formatDuration(durationMs)}.</p>}
        </div>
      </div>
    );
  }
  return (
    <>
      <dl className={`${factList.factList} ${styles.facts}`}>
        <div>
          <dt>Status</dt>
          <dd>
            <HttpStatus status={response.status} />
          </dd>
        </div>
        <div>
          <dt>Time taken</dt>
          <dd className="mono">{formatDuration(durationMs)}</dd>
        </div>
      </dl>
      {error && (
        <p className={styles.error} role="note">
          <CircleAlert aria-hidden size={14} />
          <span>{error}</span>
        </p>
      )}
      <HeaderList label="Headers:" headers={response.headers} />
      <BodyView label="Body:" body={response.body} bytes={response.bodyBytes} truncated={response.bodyTruncated} />
    </>
  );
}

function RequestPanel({ request, error }: Pick<ExchangeViewProps, "request" | "error">) {
  if (!request) {
    return (
      <div className={styles.noResponse}>
        <CircleAlert aria-hidden size={18} className={styles.noResponseIcon} />
        <div>
          <p className={styles.noResponseTitle}>The request was not sent.</p>
          <p>{error || "Hookflow could not build the request from this action's settings."}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      <p className="xv-request-line mono">
        <span className={`xv-method xv-method-${request.method.toLowerCase()}`}>{request.method}</span>
        <span className="xv-url">{request.url}</span>
      </p>
      <HeaderList label="httpHeaders:" headers={request.headers} />
      {request.method !== "GET" || request.body ? <BodyView label="Body:" body={request.body} /> : null}
    </>
  );
}

/**
 * One HTTP exchange of a webhook delivery (a test or a run attempt): the Response and Request
 * tabs. Secrets in the request are already masked by the server.
 */
export function ExchangeView({ request, response, error = null, durationMs, nextAttemptAt = null }: ExchangeViewProps) {
  const [tab, setTab] = useState<"response" | "request">("response");
  const [expand, setExpand] = useState<{ mode: ExpandMode; version: number }>({ mode: "default", version: 0 });

  return (
    <div className={styles.exchange}>
      {nextAttemptAt && <NextRetry at={nextAttemptAt} />}
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as "response" | "request")}>
        <div className={`${styles.bar} xv-bar`}>
          <Tabs.List className={styles.tabs} aria-label="Webhook exchange">
            <Tabs.Trigger value="response" className={styles.tab}>
              Response
              {response && <span className={`${styles.tabDot} ${styles[`status${statusClass(response.status)}`]}`} aria-hidden />}
            </Tabs.Trigger>
            <Tabs.Trigger value="request" className={styles.tab}>
              Request
            </Tabs.Trigger>
          </Tabs.List>
          <div className={styles.tools}>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => setExpand((e) => ({ mode: "open", version: e.version + 1 }))}
            >
              <ChevronsUpDown aria-hidden className="btn-icon" />
              Open all
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => setExpand((e) => ({ mode: "closed", version: e.version + 1 }))}
            >
              <ChevronsDownUp aria-hidden className="btn-icon" />
              Collapse all
            </button>
          </div>
        </div>
        <ExpandContext.Provider value={expand.mode}>
          <Tabs.Content value="response" className={styles.panel} key={`response-${expand.version}`}>
            <ResponsePanel response={response} error={error} durationMs={durationMs} />
          </Tabs.Content>
          <Tabs.Content value="request" className={styles.panel} key={`request-${expand.version}`}>
            <RequestPanel request={request} error={error} />
          </Tabs.Content>
        </ExpandContext.Provider>
      </Tabs.Root>
    </div>
  );
}
