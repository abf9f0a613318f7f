import { englishCatalog, type Leaves } from "./english-catalog";
import enActionTypes from "./messages/en/actionTypes.json" with { type: "json" };
import enRunErrors from "./messages/en/runErrors.json" with { type: "json" };
import { englishMessage, type ValidationKey } from "./validation";

// Why a run, step or attempt failed, named by a key of the `runErrors` catalog
// (lib/i18n/messages/<locale>/runErrors.json) and its params, as lib/i18n/api-errors.ts names API
// errors. The English stored in the `error` columns is the en catalog's text with those params, so
// the API answers what it always did; `errorKey` and `errorParams` are stored beside it (in the same
// write) and the run page shows the sentence in the viewer's language (lib/client/run-error-text.ts).
//
// A param is a string or number, or another message (`{ key, params }`) worded first and put in its
// place: the reason in "Refused: {host} is {reason}." and the failure a give-up sentence follows.
// A key of another catalog is written `<namespace>:<key>` (a property value's misfit is the
// validation catalog's; an action's type label the actionTypes catalog's), so no sentence is
// written twice. Params carry what the English carries and nothing more: a caller that masks
// secrets in the text masks the params too (redactRunError).

/** A message of the runErrors catalog: "transport.refused", "response.serverError"… */
type OwnKey = Leaves<typeof enRunErrors>;
/** A message of another catalog a run error uses as it is. */
type BorrowedKey = `validation:${ValidationKey}` | `actionTypes:${Leaves<typeof enActionTypes>}`;
export type RunErrorKey = OwnKey | BorrowedKey;
/** A message named by key, worded where it is shown. */
export type RunErrorRef = { key: RunErrorKey; params?: RunErrorParams };
/** Values for a message's ICU placeholders; a nested message is worded in the same language first. */
export type RunErrorParams = { [name: string]: string | number | RunErrorRef };
/** A run error: its key and params, and its English text (what the `error` columns and the API keep). */
export type RunError = RunErrorRef & { text: string };

const english = {
  runErrors: englishCatalog(enRunErrors),
  actionTypes: englishCatalog(enActionTypes),
};

/** The catalog and key a run error key names: "runErrors" and its own key, or the borrowed catalog's. */
function split(key: string): { namespace: "runErrors" | "validation" | "actionTypes"; key: string } | null {
  const colon = key.indexOf(":");
  if (colon < 0) return { namespace: "runErrors", key };
  const namespace = key.slice(0, colon);
  return namespace === "validation" || namespace === "actionTypes" ? { namespace, key: key.slice(colon + 1) } : null;
}

/** The full message path of a run error key ("runErrors.transport.refused", "validation.propertyValue.option"); null for an unknown catalog. */
function runErrorMessagePath(key: string): string | null {
  const found = split(key);
  return found ? `${found.namespace}.${found.key}` : null;
}

function isRunErrorRef(value: unknown): value is RunErrorRef {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}

/** The en catalog's text of a message, its nested messages worded first. */
function englishText(ref: RunErrorRef): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.params ?? {})) params[name] = isRunErrorRef(value) ? englishText(value) : value;
  const { namespace, key } = split(ref.key)!;
  if (namespace === "validation") return englishMessage(key as ValidationKey, params);
  return (english[namespace] as (key: string, params?: Record<string, string | number>) => string)(key, params);
}

/** A run error from the catalog: `runError("transport.refused", { host })`. Its text is the English the run keeps. */
export function runError(key: RunErrorKey, params?: RunErrorParams): RunError {
  const ref: RunErrorRef = params ? { key, params } : { key };
  return { ...ref, text: englishText(ref) };
}

/** A message to put in another's params (an action's name, the reason of a refusal). */
export function runErrorRef(key: RunErrorKey, params?: RunErrorParams): RunErrorRef {
  return params ? { key, params } : { key };
}

function scrubParams(params: RunErrorParams, scrub: (text: string) => string): RunErrorParams {
  const out: RunErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] =
      typeof value === "string"
        ? scrub(value)
        : isRunErrorRef(value)
          ? { key: value.key, ...(value.params ? { params: scrubParams(value.params, scrub) } : {}) }
          : value;
  }
  return out;
}

/** The error with `scrub` (a secret redactor's text masking) applied to its text and every string param, nested ones included. */
export function redactRunError(error: RunError, scrub: (text: string) => string): RunError {
  return { key: error.key, ...(error.params ? { params: scrubParams(error.params, scrub) } : {}), text: scrub(error.text) };
}

/** What a row that carries an error stores of it: the English, its key and its params (null when none). */
export function runErrorColumns(error: RunError | null | undefined): {
  error: string | null;
  errorKey: string | null;
  errorParams: RunErrorParams | null;
} {
  return error
    ? { error: error.text, errorKey: error.key, errorParams: error.params ?? null }
    : { error: null, errorKey: null, errorParams: null };
}

/** A translator of every catalog (next-intl's useTranslations() without a namespace): a message by its full path. */
type CatalogTranslator = { (path: string, params?: Record<string, string | number>): string; has(path: string): boolean };

/**
 * A stored run error (`errorKey`, `errorParams`) worded by a translator, its nested messages first;
 * null when a key is one these catalogs do not have (written by another version of Hookflow) or its
 * params are not what a run error holds: the caller then shows the stored English.
 */
export function wordRunError(
  t: CatalogTranslator,
  key: string,
  params: unknown,
  /** Swaps English names in the params for the reader's (lib/client/keyed-text.ts useLocalizedParams). */
  localize: (params: Record<string, string | number>) => Record<string, string | number> = (params) => params,
  depth = 0,
): string | null {
  const path = runErrorMessagePath(key);
  if (!path || depth > 3 || !t.has(path)) return null;
  if (params !== null && params !== undefined && (typeof params !== "object" || Array.isArray(params))) return null;
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === "string" || typeof value === "number") worded[name] = value;
    else if (isRunErrorRef(value)) {
      const inner = wordRunError(t, value.key, value.params, localize, depth + 1);
      if (inner === null) return null;
      worded[name] = inner;
    } else return null;
  }
  return t(path, localize(worded));
}

/** Every key of the runErrors catalog (for tests). */
export function runErrorKeys(tree: Record<string, unknown> = enRunErrors, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : runErrorKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}
