import { romanize } from "es-hangul";
import { z } from "zod";
import { objectTypeSchema, type ObjectType } from "./object-types";
import { customIssue, englishMessage, message, type ValidationKey, type ValidationParams } from "@/lib/i18n/validation";

// What a record property is: its label, type and (for an enumeration) its options, as in HubSpot's
// property settings. HubSpot's default properties are defined here, in code; custom properties are
// rows of PropertyDefinition (Settings → Properties). Isomorphic: the editor checks a value with the
// same functions the server uses when a workflow is saved and when it writes the value.

export const PROPERTY_TYPES = ["string", "number", "date", "datetime", "enumeration", "bool"] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const PROPERTY_TYPE_LABELS: Record<PropertyType, string> = {
  string: "Single-line text",
  number: "Number",
  date: "Date picker",
  datetime: "Date and time",
  enumeration: "Dropdown select",
  bool: "Single checkbox",
};

type PropertyOption = { value: string; label: string };

export type PropertyDefinition = {
  name: string;
  label: string;
  type: PropertyType;
  /** Heading the property is listed under in Settings → Properties. */
  group: string;
  /** The allowed values of an enumeration, in display order. */
  options?: PropertyOption[];
  /** Set by Hookflow itself (record id, create and last-modified dates): workflows read it, never set it. */
  readOnly?: boolean;
  /** Made in Settings → Properties (can be deleted); HubSpot's own properties are not. */
  custom?: boolean;
};

/** Longest text a property value may hold (HubSpot's limit for text properties). */
const MAX_VALUE_LENGTH = 65_536;

const options = (entries: Record<string, string>): PropertyOption[] => Object.entries(entries).map(([value, label]) => ({ value, label }));

const LIFECYCLE_STAGES = options({
  subscriber: "Subscriber",
  lead: "Lead",
  marketingqualifiedlead: "Marketing qualified lead",
  salesqualifiedlead: "Sales qualified lead",
  opportunity: "Opportunity",
  customer: "Customer",
  evangelist: "Evangelist",
  other: "Other",
});

const OWNERS = options({
  "41872033": "Sam Rivera",
  "52900117": "Alex Kim",
  "60218345": "Jamie Chen",
  "73311452": "Taylor Brooks",
});

const system = (objectType: ObjectType): PropertyDefinition[] => [
  { name: "hs_object_id", label: "Record ID", type: "number", group: "System", readOnly: true },
  { name: "createdate", label: "Create date", type: "datetime", group: "System", readOnly: true },
  {
    name: objectType === "contact" ? "lastmodifieddate" : "hs_lastmodifieddate",
    label: "Last modified date",
    type: "datetime",
    group: "System",
    readOnly: true,
  },
];

const text = (name: string, label: string, group: string): PropertyDefinition => ({ name, label, type: "string", group });

const CONTACT = "Contact information";
const COMPANY = "Company information";
const DEAL = "Deal information";
const TICKET = "Ticket information";

const STANDARD: Record<ObjectType, PropertyDefinition[]> = {
  contact: [
    text("firstname", "First name", CONTACT),
    text("lastname", "Last name", CONTACT),
    text("email", "Email", CONTACT),
    text("phone", "Phone number", CONTACT),
    text("mobilephone", "Mobile phone number", CONTACT),
    text("jobtitle", "Job title", CONTACT),
    text("company", "Company name", CONTACT),
    text("website", "Website URL", CONTACT),
    text("address", "Street address", CONTACT),
    text("city", "City", CONTACT),
    text("state", "State/Region", CONTACT),
    text("zip", "Postal code", CONTACT),
    text("country", "Country/Region", CONTACT),
    { name: "lifecyclestage", label: "Lifecycle stage", type: "enumeration", group: CONTACT, options: LIFECYCLE_STAGES },
    {
      name: "hs_lead_status",
      label: "Lead status",
      type: "enumeration",
      group: CONTACT,
      options: options({
        NEW: "New",
        OPEN: "Open",
        IN_PROGRESS: "In progress",
        OPEN_DEAL: "Open deal",
        UNQUALIFIED: "Unqualified",
        ATTEMPTED_TO_CONTACT: "Attempted to contact",
        CONNECTED: "Connected",
        BAD_TIMING: "Bad timing",
      }),
    },
    { name: "hubspot_owner_id", label: "Contact owner", type: "enumeration", group: CONTACT, options: OWNERS },
    ...system("contact"),
  ],
  company: [
    text("name", "Company name", COMPANY),
    text("domain", "Company domain name", COMPANY),
    text("website", "Website URL", COMPANY),
    text("phone", "Phone number", COMPANY),
    text("city", "City", COMPANY),
    text("country", "Country/Region", COMPANY),
    {
      name: "industry",
      label: "Industry",
      type: "enumeration",
      group: COMPANY,
      options: options({
        ACCOUNTING: "Accounting",
        AVIATION_AEROSPACE: "Aviation & aerospace",
        BANKING: "Banking",
        COMPUTER_SOFTWARE: "Computer software",
        CONSTRUCTION: "Construction",
        EDUCATION_MANAGEMENT: "Education management",
        FARMING: "Farming",
        FINANCIAL_SERVICES: "Financial services",
        FURNITURE: "Furniture",
        HOSPITAL_HEALTH_CARE: "Hospital & health care",
        INFORMATION_TECHNOLOGY_AND_SERVICES: "Information technology and services",
        INSURANCE: "Insurance",
        LOGISTICS_AND_SUPPLY_CHAIN: "Logistics and supply chain",
        MACHINERY: "Machinery",
        MARITIME: "Maritime",
        MEDICAL_PRACTICE: "Medical practice",
        PUBLISHING: "Publishing",
        REAL_ESTATE: "Real estate",
        RENEWABLES_ENVIRONMENT: "Renewables & environment",
        RETAIL: "Retail",
        TELECOMMUNICATIONS: "Telecommunications",
        WHOLESALE: "Wholesale",
      }),
    },
    { name: "numberofemployees", label: "Number of employees", type: "number", group: COMPANY },
    { name: "annualrevenue", label: "Annual revenue", type: "number", group: COMPANY },
    { name: "lifecyclestage", label: "Lifecycle stage", type: "enumeration", group: COMPANY, options: LIFECYCLE_STAGES },
    { name: "hubspot_owner_id", label: "Company owner", type: "enumeration", group: COMPANY, options: OWNERS },
    ...system("company"),
  ],
  deal: [
    text("dealname", "Deal name", DEAL),
    { name: "amount", label: "Amount", type: "number", group: DEAL },
    {
      name: "dealstage",
      label: "Deal stage",
      type: "enumeration",
      group: DEAL,
      options: options({
        appointmentscheduled: "Appointment scheduled",
        qualifiedtobuy: "Qualified to buy",
        presentationscheduled: "Presentation scheduled",
        decisionmakerboughtin: "Decision maker bought-in",
        contractsent: "Contract sent",
        closedwon: "Closed won",
        closedlost: "Closed lost",
      }),
    },
    { name: "pipeline", label: "Pipeline", type: "enumeration", group: DEAL, options: options({ default: "Sales pipeline" }) },
    {
      name: "dealtype",
      label: "Deal type",
      type: "enumeration",
      group: DEAL,
      options: options({ newbusiness: "New business", existingbusiness: "Existing business" }),
    },
    { name: "closedate", label: "Close date", type: "datetime", group: DEAL },
    { name: "hubspot_owner_id", label: "Deal owner", type: "enumeration", group: DEAL, options: OWNERS },
    ...system("deal"),
  ],
  ticket: [
    text("subject", "Ticket name", TICKET),
    text("content", "Ticket description", TICKET),
    { name: "hs_pipeline", label: "Pipeline", type: "enumeration", group: TICKET, options: options({ "0": "Support pipeline" }) },
    {
      name: "hs_pipeline_stage",
      label: "Ticket status",
      type: "enumeration",
      group: TICKET,
      // HubSpot's default ticket pipeline numbers its stages.
      options: options({ "1": "New", "2": "Waiting on contact", "3": "Waiting on us", "4": "Closed" }),
    },
    {
      name: "hs_ticket_priority",
      label: "Priority",
      type: "enumeration",
      group: TICKET,
      options: options({ LOW: "Low", MEDIUM: "Medium", HIGH: "High", URGENT: "Urgent" }),
    },
    {
      name: "source_type",
      label: "Source",
      type: "enumeration",
      group: TICKET,
      options: options({ EMAIL: "Email", PHONE: "Phone", CHAT: "Chat", FORM: "Form" }),
    },
    { name: "closed_date", label: "Close date", type: "datetime", group: TICKET },
    { name: "hubspot_owner_id", label: "Ticket owner", type: "enumeration", group: TICKET, options: OWNERS },
    ...system("ticket"),
  ],
};

/** HubSpot's default properties of an object type. */
export function standardProperties(objectType: ObjectType): PropertyDefinition[] {
  return STANDARD[objectType];
}

/** The definition named `name` among `definitions` (own entries only: names are user input). */
export function findProperty(definitions: readonly PropertyDefinition[], name: string): PropertyDefinition | undefined {
  return definitions.find((definition) => definition.name === name);
}

/** An enumeration value's label, or the value itself. */
export function optionLabel(definition: PropertyDefinition | undefined, value: string): string {
  return definition?.options?.find((option) => option.value === value)?.label ?? value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH_MS = /^-?\d{1,15}$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const isoDateTime = z.iso.datetime({ offset: true, local: false });

/** Milliseconds at UTC midnight of a YYYY-MM-DD date that exists, else null. */
function utcMidnight(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? ms : null;
}

/**
 * The options as a list ("Lead (lead), Customer (customer)"), the first 8, and how many more there
 * are; `optionValues` are the listed values, one per line, so the UI can list a default property's
 * options with their labels in the user's language (lib/client/keyed-text.ts).
 */
function listOptions(definition: PropertyDefinition): { options: string; optionValues: string; more: number } {
  const all = definition.options ?? [];
  const listed = all.slice(0, 8);
  return { options: optionList(listed), optionValues: listed.map((option) => option.value).join("\n"), more: all.length - listed.length };
}

/** Options as a sentence lists them: "Lead (lead), Customer (customer)", a label that is its value once. */
export function optionList(options: readonly { value: string; label: string }[]): string {
  return options.map((option) => (option.label === option.value ? option.value : `${option.label} (${option.value})`)).join(", ");
}

/**
 * A property's problem: the English message (what the API answers), and the validation catalog's key
 * and params the UI shows it by in the user's language (lib/client/issue-text.ts).
 */
export type PropertyIssue = { message: string; code: ValidationKey; params: ValidationParams };

function propertyIssue(code: ValidationKey, params: ValidationParams): PropertyIssue {
  return { message: englishMessage(code, params), code, params };
}

export type PropertyValueCheck = { ok: true; value: string } | ({ ok: false } & PropertyIssue);

/**
 * A value for the property, as HubSpot stores it (numbers as text, dates and times as milliseconds
 * since the epoch, an enumeration's option value, "true"/"false"), or why it does not fit. An empty
 * value clears the property and fits every type. The message names the property by its definition's
 * label (the editor's definitions carry it in the user's language).
 */
export function checkPropertyValue(definition: PropertyDefinition, given: string): PropertyValueCheck {
  const fail = (code: ValidationKey, params: ValidationParams = {}): PropertyValueCheck => ({
    ok: false,
    ...propertyIssue(code, { propertyLabel: definition.label, propertyName: definition.name, ...params }),
  });
  if (given.length > MAX_VALUE_LENGTH) return fail("propertyValue.tooLong", { max: MAX_VALUE_LENGTH });
  const text = given.trim();
  if (text === "") return { ok: true, value: "" };
  const got = { given: clip(text) };
  switch (definition.type) {
    case "string":
      return { ok: true, value: given };
    case "number":
      return NUMBER.test(text) && Number.isFinite(Number(text)) ? { ok: true, value: text } : fail("propertyValue.number", got);
    case "date": {
      const ms = utcMidnight(text) ?? (EPOCH_MS.test(text) && Number(text) % 86_400_000 === 0 ? Number(text) : null);
      return ms === null ? fail("propertyValue.date", got) : { ok: true, value: String(ms) };
    }
    case "datetime": {
      const ms = utcMidnight(text) ?? (EPOCH_MS.test(text) ? Number(text) : isoDateTime.safeParse(text).success ? Date.parse(text) : null);
      return ms === null || !Number.isFinite(ms) ? fail("propertyValue.datetime", got) : { ok: true, value: String(ms) };
    }
    case "enumeration": {
      const all = definition.options ?? [];
      const lower = text.toLowerCase();
      const option =
        all.find((o) => o.value === text) ?? all.find((o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower);
      return option ? { ok: true, value: option.value } : fail("propertyValue.option", { ...listOptions(definition), ...got });
    }
    case "bool": {
      const lower = text.toLowerCase();
      return lower === "true" || lower === "false" ? { ok: true, value: lower } : fail("propertyValue.bool", got);
    }
  }
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The issue with its object type among the params: the English names the object and a default
 * property by their English labels, and the UI names them in its language by the type and the
 * property's internal name (lib/client/keyed-text.ts).
 */
export function withObjectType<I extends { params?: ValidationParams }>(issue: I, objectType: ObjectType): I {
  return { ...issue, params: { ...issue.params, objectType } };
}

/** Why a workflow cannot set this property, or null when it can. */
export function writableIssue(definitions: readonly PropertyDefinition[], name: string, objectLabel: string): PropertyIssue | null {
  const definition = findProperty(definitions, name);
  if (!definition) return propertyIssue("propertyValue.missing", { objectLabel, propertyName: clip(name) });
  if (definition.readOnly) return propertyIssue("propertyValue.readOnly", { propertyLabel: definition.label, propertyName: name });
  return null;
}

/** The issue of a matched property that does not exist. */
export function matchPropertyIssue(name: string, objectLabel: string): PropertyIssue {
  return propertyIssue("propertyValue.matchMissing", { objectLabel, propertyName: name });
}

/** Internal names: lower-case letters, digits and underscores, starting with a letter (as HubSpot). */
export const propertyNameSchema = z
  .string(message("createProperty.name"))
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,99}$/, message("createProperty.namePattern"));

/**
 * An internal name made from a label: "Customer tier" → "customer_tier"; Hangul is romanised
 * (Revised Romanization, es-hangul), so a Korean label has a name too: "고객 등급" → "gogaek_deunggeup".
 */
export function nameFromLabel(label: string): string {
  const name = romanize(label)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 100);
  return name;
}

const optionSchema = z.strictObject({
  value: z
    .string(message("createProperty.optionValue"))
    .trim()
    .min(1, message("createProperty.optionValue"))
    .max(100, message("createProperty.optionValueTooLong")),
  label: z
    .string(message("createProperty.optionLabel"))
    .trim()
    .min(1, message("createProperty.optionLabel"))
    .max(100, message("createProperty.optionLabelTooLong")),
});

/** POST /api/properties: a custom property. */
export const createPropertySchema = z
  .strictObject({
    objectType: objectTypeSchema,
    label: z
      .string(message("createProperty.label"))
      .trim()
      .min(1, message("createProperty.label"))
      .max(100, message("createProperty.labelTooLong")),
    name: propertyNameSchema,
    type: z.enum(PROPERTY_TYPES, message("createProperty.type", { types: PROPERTY_TYPES.join(", ") })),
    options: z.array(optionSchema).max(500, message("createProperty.optionsMax")).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.type !== "enumeration") {
      if (input.options?.length) ctx.addIssue(customIssue("createProperty.optionsNotDropdown", undefined, ["options"]));
      return;
    }
    if (!input.options?.length) {
      ctx.addIssue(customIssue("createProperty.optionsEmpty", undefined, ["options"]));
      return;
    }
    const seen = new Set<string>();
    for (const [index, option] of input.options.entries()) {
      if (seen.has(option.value)) {
        ctx.addIssue(customIssue("createProperty.optionDuplicate", { optionValue: option.value }, ["options", index, "value"]));
      }
      seen.add(option.value);
    }
  });
export type CreatePropertyInput = z.infer<typeof createPropertySchema>;

/** GET /api/properties?objectType=contact */
export const propertyListQuerySchema = z.strictObject({ objectType: objectTypeSchema });
