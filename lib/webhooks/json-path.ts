// Dot paths into JSON values: "contact.emails.0.address". A segment that is a whole
// number indexes an array. Keys that contain dots cannot be addressed (a known limit).

function splitPath(path: string): string[] {
  return path.split(".").filter((segment) => segment.length > 0);
}

/** The value at `path`, or undefined when any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of splitPath(path)) {
    if (current === null || typeof current !== "object") return undefined;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else {
      // Own fields only: "constructor" or "__proto__" on {} is missing, not Object's member.
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/** Every leaf path of a JSON value with its value (nested objects and arrays flattened), for pickers. */
export function leafPaths(value: unknown, prefix = "", out: { path: string; value: unknown }[] = [], limit = 500) {
  if (out.length >= limit) return out;
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0 && prefix) out.push({ path: prefix, value });
    for (const [key, child] of entries) leafPaths(child, prefix ? `${prefix}.${key}` : key, out, limit);
  } else if (prefix) {
    out.push({ path: prefix, value });
  }
  return out;
}
