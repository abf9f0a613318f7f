import { headers } from "next/headers";
import { cache } from "react";
import { PAGE_HEADERS } from "@/lib/http/page-headers";
import { sessionActor } from "./actor";

/**
 * The signed-in user of the page being rendered, read once per request however many server
 * components ask (the layout, the language of lib/i18n/request.ts, a page's redirect).
 */
export const currentActor = cache(async () => {
  const requestHeaders = await headers();
  return sessionActor(requestHeaders, requestHeaders.get(PAGE_HEADERS.https) === "1");
});
