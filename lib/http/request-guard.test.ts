import { describe, expect, it } from "vitest";
import { crossSiteProblem, ownOrigin, pathEncodingProblem } from "./request-guard";

const url = (path: string) => new URL(`http://localhost:3000${path}`);
const headers = (h: Record<string, string>) => new Headers({ host: "localhost:3000", ...h });

describe("path encoding", () => {
  it.each(["/api/records/%E0%A4%A", "/api/records/%", "/api/records/%C0%AF", "/records/%", "/api/secrets/%ZZ"])(
    "refuses %s with 400",
    (path) => {
      expect(pathEncodingProblem(path)).toMatchObject({ status: 400, code: "BAD_PATH_ENCODING" });
    },
  );

  it.each(["/api/secrets/%25", "/records/12", "/api/records/%E2%82%AC"])("lets %s through", (path) => {
    expect(pathEncodingProblem(path)).toBeNull();
  });
});

describe("cross-site state changes", () => {
  it("lets a request with an API token through from any origin (a browser does not attach one by itself), but not one with only a cookie", () => {
    const evil = { origin: "https://evil.example", cookie: "hookflow.session_token=abc" };
    expect(crossSiteProblem("POST", url("/api/workflows"), headers({ ...evil, authorization: "Bearer hf_abc" }))).toBeNull();
    expect(crossSiteProblem("POST", url("/api/workflows"), headers(evil))).toMatchObject({ status: 403, code: "CROSS_SITE_REQUEST" });
    expect(crossSiteProblem("POST", url("/api/workflows"), headers({ ...evil, authorization: "Basic abc" }))).toMatchObject({
      status: 403,
    });
    // Signing in is a change too: a login form on another site cannot sign the browser in.
    expect(crossSiteProblem("POST", url("/api/session"), headers(evil))).toMatchObject({ status: 403 });
  });

  it.each([
    ["POST", "/api/apps/1/rotate-secret", { origin: "https://evil.example" }],
    ["PUT", "/api/workflows/w1", { origin: "null" }],
    ["DELETE", "/api/secrets/KEY", { origin: "http://localhost:3001" }],
    ["POST", "/api/enrollments/e1/retry", { "sec-fetch-site": "cross-site" }],
    ["POST", "/api/workflows/w1/hook-token", { "sec-fetch-site": "same-site" }],
  ])("refuses %s %s from %j", (method, path, h) => {
    expect(crossSiteProblem(method, url(path), headers(h))).toMatchObject({ status: 403, code: "CROSS_SITE_REQUEST" });
  });

  it.each([
    ["POST", "/api/apps/1/rotate-secret", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }],
    ["POST", "/api/apps", {}], // curl and other API clients send neither header
    ["POST", "/api/apps", { "sec-fetch-site": "none" }],
    ["GET", "/api/records", { origin: "https://evil.example" }], // reads are not state changes
    ["POST", "/api/hooks/abc", { origin: "https://partner.example" }], // the webhook trigger is public by design
  ])("lets %s %s from %j through", (method, path, h) => {
    expect(crossSiteProblem(method, url(path), headers(h))).toBeNull();
  });

  it("takes the public origin from X-Forwarded-* only when HOOKFLOW_TRUST_PROXY is set", () => {
    const h = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "hookflow.example.com", "x-forwarded-proto": "https" });
    expect(ownOrigin(url("/api/apps"), h, false)).toBe("http://127.0.0.1:3000");
    expect(ownOrigin(url("/api/apps"), h, true)).toBe("https://hookflow.example.com");
  });
});
