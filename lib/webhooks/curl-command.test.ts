import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlCommand, shellQuote } from "./curl-command";

/** What a POSIX shell makes of the text: each word of `printf '%s\n' <words>`, one per line. */
function shellWords(words: string): string[] {
  return execFileSync("sh", ["-c", `printf '%s\\n' ${words}`], { encoding: "utf8" })
    .split("\n")
    .slice(0, -1);
}

describe("shellQuote", () => {
  it("gives the shell back exactly the text, quotes, dollars, backticks and line breaks included", () => {
    for (const text of ["plain", "it's", "'", "''", '$HOME `id` $(id) \\n " ! *', "two\nlines", ""]) {
      expect(shellWords(shellQuote(text)), text).toEqual(text.split("\n"));
    }
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe("curlCommand", () => {
  it("writes a POST with its headers and body, one option per line, leaving curl's own headers to curl", () => {
    const command = curlCommand({
      method: "POST",
      url: "https://api.example.com/hooks?a=1&b=2",
      headers: { "Content-Type": "application/json", "Content-Length": "17", Host: "api.example.com", "X-Empty": "" },
      body: `{"name":"O'Brien"}`,
    });
    expect(command).toBe(
      [
        "curl 'https://api.example.com/hooks?a=1&b=2'",
        "  -H 'Content-Type: application/json'",
        "  -H 'X-Empty;'",
        `  --data-binary '{"name":"O'\\''Brien"}'`,
      ].join(" \\\n"),
    );
  });

  it("is parsed by the shell into exactly the arguments curl needs", () => {
    const command = curlCommand(
      {
        method: "PUT",
        url: "https://localhost:3443/c/tok/x?q=[secret KEY]",
        headers: [["X-Note", "it's $HOME"]],
        body: "line 1\nline 2 'quoted'",
      },
      { insecure: true },
    );
    // Run through the shell with a stand-in for curl that prints its arguments.
    const result = spawnSync("sh", ["-c", `curl() { printf '%s\\n' "$@"; }\n${command}`], { encoding: "utf8" });
    expect(result.stdout.split("\n").slice(0, -1)).toEqual([
      "-k",
      "-X",
      "PUT",
      "--globoff",
      "https://localhost:3443/c/tok/x?q=[secret KEY]",
      "-H",
      "X-Note: it's $HOME",
      "--data-binary",
      "line 1",
      "line 2 'quoted'",
    ]);
  });

  it("masks credential headers whatever they hold, keeping the scheme and the masks already there", () => {
    const command = curlCommand({
      method: "GET",
      url: "https://api.example.com/",
      headers: {
        Authorization: "Bearer abc123-real-token",
        Cookie: "session=xyz",
        "X-Api-Key": "[secret STRIPE]",
        "X-Custom-Key": "********",
        "X-HubSpot-Signature": "9569219f",
      },
    });
    expect(command).not.toContain("abc123");
    expect(command).not.toContain("xyz");
    expect(command).toContain("-H 'Authorization: Bearer ********'");
    expect(command).toContain("-H 'Cookie: ********'");
    expect(command).toContain("-H 'X-Api-Key: [secret STRIPE]'");
    expect(command).toContain("-H 'X-Custom-Key: ********'");
    expect(command).toContain("-H 'X-HubSpot-Signature: 9569219f'");
    // A GET without a body needs no -X; a HEAD is --head (curl -X HEAD waits for a body).
    expect(command.startsWith("curl 'https://api.example.com/'")).toBe(true);
    expect(curlCommand({ method: "HEAD", url: "https://a.example/", headers: {} })).toBe("curl --head 'https://a.example/'");
    expect(curlCommand({ method: "DELETE", url: "https://a.example/", headers: {} })).toBe("curl -X 'DELETE' 'https://a.example/'");
  });

  it("sends a binary body from its base64, and says when the body was cut", () => {
    const bytes = Buffer.from([0xff, 0x00, 0x27, 0x0a]);
    const command = curlCommand({
      method: "POST",
      url: "https://a.example/",
      headers: [],
      body: bytes.toString("base64"),
      bodyEncoding: "base64",
      bodyTruncated: true,
    });
    expect(command).toBe(
      `# The body was cut when it was captured: this sends only the part that was kept.\nprintf %s '${bytes.toString("base64")}' | base64 --decode | curl 'https://a.example/' \\\n  --data-binary @-`,
    );
    // The pipe gives curl the very bytes.
    const piped = spawnSync("sh", ["-c", `curl() { cat | od -An -tx1; }\n${command}`], { encoding: "utf8" });
    expect(piped.stdout.trim().split(/\s+/)).toEqual(["ff", "00", "27", "0a"]);
  });
});
