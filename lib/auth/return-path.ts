// Where sign-in sends the browser back to: a path on this app only. An absolute URL, a
// protocol-relative one (//evil.example), a backslash trick (/\evil.example) or anything that is
// not a path becomes the workflows list, so a crafted sign-in link cannot send people elsewhere.

const FALLBACK = "/workflows";

export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith("/") || value.startsWith("//") || hasBackslashOrControl(value)) return FALLBACK;
  try {
    const url = new URL(value, "http://hookflow.invalid");
    if (url.origin !== "http://hookflow.invalid") return FALLBACK;
    if (url.pathname === "/sign-in" || url.pathname === "/setup") return FALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return FALLBACK;
  }
}

// Browsers read "\\" as "/" and drop tabs and newlines in URLs, so "/\\evil.example" would leave the site.
const hasBackslashOrControl = (value: string) =>
  [...value].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/** The sign-in page, coming back to `here` afterwards. */
export function signInPath(here: string): string {
  const back = safeReturnPath(here);
  return back === FALLBACK ? "/sign-in" : `/sign-in?next=${encodeURIComponent(back)}`;
}
