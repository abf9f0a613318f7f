import { optionList } from "@/lib/crm/property-definitions";

// Params the server fills with English names (API errors, validation issues, run errors, audit
// summaries), in the reader's language where the params say what they name. The server keeps the
// English; the UI swaps the names before wording the message.

type Params = Record<string, string | number>;

/** A catalog message by its full path ("crm.objectTypes.contact.singular"), or null when there is none. */
export type CatalogText = (path: string) => string | null;

/** CatalogText over a messages object (a locale's MESSAGES): for code without next-intl's translator. */
export function messagesText(messages: object): CatalogText {
  return (path) => {
    const found = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
    return typeof found === "string" ? found : null;
  };
}

/**
 * `objectType` gives the object's name (objectLabel) and, with `propertyName`, a HubSpot default
 * property's label (propertyLabel) and its options' labels (options, from optionValues); a custom
 * property keeps the words its maker typed. `actionType` gives the action type's name (actionLabel).
 */
export function localizeParams(params: Params, text: CatalogText): Params {
  const out = { ...params };
  const { objectType, propertyName, actionType, optionValues } = params;
  if (typeof objectType === "string") {
    const objectLabel = text(`crm.objectTypes.${objectType}.singular`);
    if (objectLabel && "objectLabel" in out) out.objectLabel = objectLabel;
    if (typeof propertyName === "string") {
      const propertyLabel = text(`crm.properties.${objectType}.${propertyName}`);
      if (propertyLabel && "propertyLabel" in out) out.propertyLabel = propertyLabel;
      if (typeof optionValues === "string" && optionValues && "options" in out) {
        const options = optionValues.split("\n").map((value) => ({ value, label: text(`crm.propertyOptions.${propertyName}.${value}`) }));
        if (options.every((option) => option.label !== null)) out.options = optionList(options as { value: string; label: string }[]);
      }
    }
  }
  if (typeof actionType === "string" && "actionLabel" in out) {
    const actionLabel = text(`actionTypes.${actionType}.label`);
    if (actionLabel) out.actionLabel = actionLabel;
  }
  return out;
}
