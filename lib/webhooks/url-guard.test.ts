import { afterEach, describe, expect, it } from "vitest";
import { blockedAddressReason, checkResolvedAddresses, checkWebhookUrl } from "./url-guard";

// Pure checks: nothing here opens a connection.
const saved = process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS;
afterEach(() => {
  if (saved === undefined) delete process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS;
  else process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = saved;
});

describe("URL guard", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["::1", /loopback/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /link-local/],
    ["fe80::1", /link-local/],
    ["fd00:ec2::254", /unique-local/],
    ["fc00::1", /unique-local/],
    ["0.0.0.0", /unspecified/],
    ["::", /unspecified/],
    ["100.64.0.1", /carrier-grade/],
    ["::ffff:127.0.0.1", /IPv4-mapped/],
    ["::ffff:7f00:1", /IPv4-mapped/],
    ["64:ff9b::a9fe:a9fe", /NAT64/],
    ["2002:7f00:1::", /6to4/],
    ["224.0.0.1", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["240.0.0.1", /reserved/],
    ["::7f00:1", /IPv4-compatible/],
    ["::a9fe:a9fe", /IPv4-compatible/],
    ["::808:808", /IPv4-compatible/],
    ["4000::1", /outside the global unicast range/],
    ["100::1", /discard/],
  ])("refuses %s", (address, reason) => {
    expect(blockedAddressReason(address)).toMatch(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])("allows public %s", (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it.each([
    "https://127.0.0.1/hook",
    "https://2130706433/hook", // decimal
    "https://0x7f000001/hook", // hex
    "https://0177.0.0.1/hook", // octal
    "https://0x7f.1/hook", // mixed short form
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::127.0.0.1]/hook", // IPv4-compatible (::/96), which URL parsing turns into ::7f00:1
    "https://[::7f00:1]/hook",
    "https://[0:0:0:0:0:0:a9fe:a9fe]/latest/meta-data",
    "https://[::1]:8443/hook",
    "https://169.254.169.254/latest/meta-data",
    "https://localhost/hook",
    "https://api.localhost/hook",
    "https://localhost./hook",
  ])("refuses the URL %s before any lookup", (url) => {
    expect(() => checkWebhookUrl(url)).toThrow(/Refused/);
  });

  it("requires https", () => {
    expect(() => checkWebhookUrl("http://example.com/hook")).toThrow(/https/);
    expect(() => checkWebhookUrl("not a url")).toThrow(/not a valid URL/);
  });

  it("refuses a hostname that resolves to any private address", () => {
    expect(() => checkResolvedAddresses("evil.example", ["93.184.215.14", "10.0.0.5"])).toThrow(/resolves to 10.0.0.5/);
    expect(() => checkResolvedAddresses("ok.example", ["93.184.215.14"])).not.toThrow();
  });

  it("lets only the hosts named in WEBHOOK_ALLOWED_PRIVATE_HOSTS through", () => {
    process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost, receiver.test";
    expect(checkWebhookUrl("https://localhost:8443/hook").hostname).toBe("localhost");
    expect(() => checkResolvedAddresses("receiver.test", ["127.0.0.1"])).not.toThrow();
    expect(() => checkWebhookUrl("https://127.0.0.1/hook")).toThrow(/loopback/);
    expect(() => checkResolvedAddresses("other.test", ["127.0.0.1"])).toThrow(/loopback/);
  });
});
