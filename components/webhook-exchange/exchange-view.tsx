"use client";

import { ChevronsDownUp, ChevronsUpDown, Clock, CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { useState } from "react";
import type { Format } from "@/lib/client/format";
import { useFormat } from "@/lib/client/use-format";
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

// not translated: HTTP reason phrases (RFC 9110) are the protocol's words, shown beside the code as receivers send them.
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

/** The status code as a coloured pill, e.g. "200 OK" in green, "503 Service Unavailable" in red. */
export function HttpStatus({ status }: { status: number }) {
  return (
    <span className={`${styles.status} ${styles[`status${statusClass(status)}`]}`}>
      {status}
      {REASONS[status] ? ` ${REASONS[status]}` : ""}
    </span>
  );
}

function untilLabel(at: string, t: ReturnType<typeof useTranslations<"exchange">>, format: Format): string {
  const ms = new Date(at).getTime() - Date.now();
  if (ms <= 0) return t("dueNow");
  return ms < 45_000 ? t("inAFewSeconds") : format.relative(at);
}

function NextRetry({ at }: { at: string }) {
  const t = useTranslations("exchange");
  const format = useFormat();
  return (
    <p className={styles.nextRetry}>
      <Clock aria-hidden size={14} />
      <span>
        {t.rich("nextRetry", {
          at: format.dateTime(at),
          until: untilLabel(at, t, format),
          time: (chunks) => <time dateTime={at}>{chunks}</time>,
        })}
      </span>
    </p>
  );
}

function ResponsePanel({ response, error, durationMs }: Pick<ExchangeViewProps, "response" | "error" | "durationMs">) {
  const t = useTranslations("exchange");
  const format = useFormat();
  if (!response) {
    return (
      <div className={styles.noResponse}>
        <CircleAlert aria-hidden size={18} className={styles.noResponseIcon} />
        <div>
          <p className={styles.noResponseTitle}>{t("noResponseTitle")}</p>
          <p>{error || t("noAnswer")}</p>
          {durationMs !== undefined && durationMs > 0 && (
            <p className="muted">{t("failedAfter", { duration: format.duration(durationMs) })}</p>
          )}
        </div>
      </div>
    );
  }
  return (
    <>
      <dl className={`${factList.factList} ${styles.facts}`}>
        <div>
          <dt>{t("status")}</dt>
          <dd>
            <HttpStatus status={response.status} />
          </dd>
        </div>
        <div>
          <dt>{t("timeTaken")}</dt>
          <dd className="mono">{format.duration(durationMs)}</dd>
        </div>
      </dl>
      {error && (
        <p className={styles.error} role="note">
          <CircleAlert aria-hidden size={14} />
          <span>{error}</span>
        </p>
      )}
      <HeaderList label={t("headers")} headers={response.headers} />
      <BodyView label={t("body")} body={response.body} bytes={response.bodyBytes} truncated={response.bodyTruncated} />
    </>
  );
}

function RequestPanel({ request, error }: Pick<ExchangeViewProps, "request" | "error">) {
  const t = useTranslations("exchange");
  if (!request) {
    return (
      <div className={styles.noResponse}>
        <CircleAlert aria-hidden size={18} className={styles.noResponseIcon} />
        <div>
          <p className={styles.noResponseTitle}>{t("notSentTitle")}</p>
          <p>{error || t("notBuilt")}</p>
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
      <HeaderList label={t("httpHeaders")} headers={request.headers} />
      {request.method !== "GET" || request.body ? <BodyView label={t("body")} body={request.body} /> : null}
    </>
  );
}

/**
 * One HTTP exchange of a webhook delivery (a test or a run attempt): the Response and Request
 * tabs. Secrets in the request are already masked by the server.
 */
export function ExchangeView({ request, response, error = null, durationMs, nextAttemptAt = null }: ExchangeViewProps) {
  const t = useTranslations("exchange");
  const [tab, setTab] = useState<"response" | "request">("response");
  const [expand, setExpand] = useState<{ mode: ExpandMode; version: number }>({ mode: "default", version: 0 });

  return (
    <div className={styles.exchange}>
      {nextAttemptAt && <NextRetry at={nextAttemptAt} />}
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as "response" | "request")}>
        <div className={`${styles.bar} xv-bar`}>
          <Tabs.List className={styles.tabs} aria-label={t("tabs")}>
            <Tabs.Trigger value="response" className={styles.tab}>
              {t("response")}
              {response && <span className={`${styles.tabDot} ${styles[`status${statusClass(response.status)}`]}`} aria-hidden />}
            </Tabs.Trigger>
            <Tabs.Trigger value="request" className={styles.tab}>
              {t("request")}
            </Tabs.Trigger>
          </Tabs.List>
          <div className={styles.tools}>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => setExpand((e) => ({ mode: "open", version: e.version + 1 }))}
            >
              <ChevronsUpDown aria-hidden className="btn-icon" />
              {t("openAll")}
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => setExpand((e) => ({ mode: "closed", version: e.version + 1 }))}
            >
              <ChevronsDownUp aria-hidden className="btn-icon" />
              {t("collapseAll")}
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
