import { describe, expect, it } from "vitest";
import { captureUrlTarget } from "./capture-url-target";

const capture = "https://localhost:3443/c/RIiuBeU9-rc5bds16QCx5Q";

describe("captureUrlTarget", () => {
  it("keeps the typed path and query, replacing only the origin", () => {
    expect(captureUrlTarget("https://api.example.com/hooks/contact?source=crm&x=1", capture)).toBe(
      `${capture}/hooks/contact?source=crm&x=1`,
    );
    expect(captureUrlTarget("  https://api.example.com/v2/orders/  ", capture)).toBe(`${capture}/v2/orders/`);
    expect(captureUrlTarget("https://api.example.com/?only=query", capture)).toBe(`${capture}?only=query`);
    expect(captureUrlTarget("https://api.example.com/#frag", capture)).toBe(capture);
  });

  it("replaces the capture path of a capture URL already there, keeping what follows it", () => {
    expect(captureUrlTarget("https://localhost:3443/c/aaaaaaaaaaaaaaaaaaaaaa/contacts?source=e2e", capture)).toBe(
      `${capture}/contacts?source=e2e`,
    );
    expect(captureUrlTarget("https://127.0.0.1:3443/c/aaaaaaaaaaaaaaaaaaaaaa", capture)).toBe(capture);
    // On another host, /c/… is the receiver's own path.
    expect(captureUrlTarget("https://api.example.com/c/aaaaaaaaaaaaaaaaaaaaaa", capture)).toBe(`${capture}/c/aaaaaaaaaaaaaaaaaaaaaa`);
  });

  it("gives the capture URL alone when nothing usable is typed", () => {
    for (const typed of ["", "   ", "api.example.com/hooks", "mailto:a@example.com"]) {
      expect(captureUrlTarget(typed, capture), typed).toBe(capture);
    }
  });
});
