// Runs before every route and page: refuses undecodable paths (400) and cross-site state
// changes (403) with the API's error shape, and adds the security headers.
import { NextResponse, type NextRequest } from "next/server";
import { crossSiteProblem, pathEncodingProblem, SECURITY_HEADERS, type GuardProblem } from "@/lib/http/request-guard";

function refuse(request: NextRequest, problem: GuardProblem): NextResponse {
  const headers = new Headers(SECURITY_HEADERS);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: problem.code, message: problem.message } }, { status: problem.status, headers });
  }
  headers.set("Content-Type", "text/html; charset=utf-8");
  const text = problem.message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return new NextResponse(
    `<!doctype html><meta charset="utf-8"><title>Bad request · Hookflow</title><main style="font-family:system-ui;max-width:40rem;margin:4rem auto"><h1>This address cannot be opened</h1><p>${text}</p><p><a href="/workflows">Go to Workflows</a></p></main>`,
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
