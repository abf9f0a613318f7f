// Runs before every route and page: refuses undecodable paths (400) and cross-site state
// changes (403) with the API's error shape, and adds the security headers.
import { NextResponse, type NextRequest } from "next/server";
import { crossSiteProblem, pathEncodingProblem, type GuardProblem } from "@/lib/http/request-guard";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

function refuse(request: NextRequest, problem: GuardProblem): NextResponse {
  const headers = new Headers(SECURITY_HEADERS);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: problem.code, message: problem.message } }, { status: problem.status, headers });
  }
  // Only an undecodable path reaches here for a page (the cross-site check is for /api).
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new NextResponse(
    `<!doctype html><meta charset="utf-8"><title>Bad address · Hookflow</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:5rem auto;padding:0 1.5rem;color:#1f2937"><h1 style="font-size:1.5rem">This address cannot be opened</h1><p>It contains a broken %-escape (such as a lone <code>%</code>), so it names no page. Check the link you followed, or start again from the workflows.</p><p><a href="/workflows" style="color:#c2410c">Go to Workflows</a></p></main>`,
    { status: problem.status, headers },
  );
}

export function proxy(request: NextRequest) {
  const problem = pathEncodingProblem(request.nextUrl.pathname) ?? crossSiteProblem(request.method, request.nextUrl, request.headers);
  if (problem) return refuse(request, problem);
  return NextResponse.next();
}

export const config = {
  // Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
