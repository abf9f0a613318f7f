// Runs before every route and page: refuses undecodable paths (400) and cross-site state
// changes (403) with the API's error shape; gives each page its Content-Security-Policy with a
// fresh script nonce (Next puts it on its own scripts) and tells the signed-in layout the path
// asked for and whether it came over HTTPS; adds HSTS on HTTPS.
import { NextResponse, type NextRequest } from "next/server";
import { crossSiteProblem, ownOrigin, pathEncodingProblem, type GuardProblem } from "@/lib/http/request-guard";
import { PAGE_HEADERS } from "@/lib/http/page-headers";
import { pageContentSecurityPolicy, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

function refuse(request: NextRequest, problem: GuardProblem): NextResponse {
  const headers = new Headers(SECURITY_HEADERS);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: problem.code, ...problem.text, message: problem.message } },
      { status: problem.status, headers },
    );
  }
  // Only an undecodable path reaches here for a page (the cross-site check is for /api). No app
  // stylesheet here: the browser's own colours, light or dark as the system is.
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new NextResponse(
    `<!doctype html><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Bad address · Hookflow</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:5rem auto;padding:0 1.5rem"><h1 style="font-size:1.5rem">This address cannot be opened</h1><p>It contains a broken %-escape (such as a lone <code>%</code>), so it names no page. Check the link you followed, or start again from the workflows.</p><p><a href="/workflows">Go to Workflows</a></p></main>`,
    { status: problem.status, headers },
  );
}

export function proxy(request: NextRequest) {
  const problem = pathEncodingProblem(request.nextUrl.pathname) ?? crossSiteProblem(request.method, request.nextUrl, request.headers);
  if (problem) return refuse(request, problem);
  const https = ownOrigin(request.nextUrl, request.headers).startsWith("https:");
  let response: NextResponse;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    response = NextResponse.next();
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
    const requestHeaders = new Headers(request.headers);
    // Next reads the nonce from the request's policy; the layouts read the others.
    requestHeaders.set("Content-Security-Policy", policy);
    requestHeaders.set(PAGE_HEADERS.path, `${request.nextUrl.pathname}${request.nextUrl.search}`);
    requestHeaders.set(PAGE_HEADERS.https, https ? "1" : "0");
    requestHeaders.set(PAGE_HEADERS.nonce, nonce);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
  }
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
