// Who did something to a run, for the runs catalog's "by {name}{via…}" messages: the person and the
// API token's name when the API gives them in parts, so "via the API token" is worded in the
// viewer's language; a run cancelled before the parts were kept gives its English label as the name.

type ActorParts = { name: string; tokenName: string | null } | null;

/** The params of "Cancelled by {name}{via, select, token {…{tokenName}} other {}}" for an actor. */
export function actorParams(parts: ActorParts, label: string | null): { name: string; via: "token" | "person"; tokenName: string } {
  if (!parts) return { name: label ?? "", via: "person", tokenName: "" };
  return parts.tokenName
    ? { name: parts.name, via: "token", tokenName: parts.tokenName }
    : { name: parts.name, via: "person", tokenName: "" };
}
