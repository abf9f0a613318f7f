import type { ObjectType } from "./object-types";

// How a record is named in lists and found by search, from its property values.

export function displayNameFor(objectType: ObjectType, values: Record<string, string | undefined>): string {
  switch (objectType) {
    case "contact":
      return [values.firstname, values.lastname].filter(Boolean).join(" ");
    case "company":
      return values.name ?? "";
    case "deal":
      return values.dealname ?? "";
    case "ticket":
      return values.subject ?? "";
  }
}

export function searchTextFor(objectType: ObjectType, values: Record<string, string | undefined>): string {
  const extra = objectType === "contact" ? values.email : objectType === "company" ? values.domain : undefined;
  return [displayNameFor(objectType, values), extra].filter(Boolean).join(" ").toLowerCase();
}
