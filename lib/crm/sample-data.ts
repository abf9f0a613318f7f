import type { ObjectType, PropertySource } from "./object-types";

// Deterministic sample CRM data: fixed seed, fixed base date, no clock and no database,
// so every fresh install (and every test) sees exactly the same records.
//
// The first contact is stable and tests rely on it:
//   Ada Lovelace <ada@analytical-engines.example>, Chief Technology Officer at
//   Analytical Engines Ltd, lifecyclestage lead → marketingqualifiedlead → customer,
//   jobtitle and phone each changed once. The seed inserts contacts first, so on a
//   fresh database she is record id 1.
//
// As in HubSpot every property value is a string; dates are epoch milliseconds as strings.
// All domains are reserved `.example` names.

const SAMPLE_SEED = 20260105;
export const SAMPLE_BASE_DATE = Date.UTC(2026, 0, 5, 9, 0, 0);
const SAMPLE_PORTAL_ID = 62515;
export const SAMPLE_FIRST_CONTACT = {
  firstname: "Ada",
  lastname: "Lovelace",
  email: "ada@analytical-engines.example",
  company: "Analytical Engines Ltd",
} as const;

/** Stands in for the record id inside contact profiles until the record exists (see profileWithVid). */
const VID_PLACEHOLDER = 0;

export const ASSOCIATION_LABELS = [
  "contact_to_company",
  "deal_to_company",
  "deal_to_contact",
  "ticket_to_contact",
  "ticket_to_company",
] as const;
type AssociationLabel = (typeof ASSOCIATION_LABELS)[number];

type SampleVersion = { value: string; timestamp: number; source: PropertySource; sourceId: string | null };

type FormSubmission = {
  "conversion-id": string;
  timestamp: number;
  "form-id": string;
  "portal-id": number;
  "page-url": string;
  title: string;
};
type ListMembership = {
  "static-list-id": number;
  "internal-list-id": number;
  timestamp: number;
  vid: number;
  "is-member": boolean;
};
type Identity = { type: "EMAIL" | "LEAD_GUID"; value: string; timestamp: number; "is-primary"?: boolean };
type IdentityProfile = {
  vid: number;
  "saved-at-timestamp": number;
  "deleted-changed-timestamp": number;
  identities: Identity[];
};
export type ContactProfile = {
  formSubmissions: FormSubmission[];
  listMemberships: ListMembership[];
  identityProfiles: IdentityProfile[];
};

export type SampleRecord = {
  /** Stable reference used by associations, e.g. "contact:ada-lovelace". */
  key: string;
  objectType: ObjectType;
  /** Every version of each property, oldest first; the last one is the current value. */
  history: Record<string, SampleVersion[]>;
  /** Contacts only; `vid` fields hold VID_PLACEHOLDER. */
  profile?: ContactProfile;
};
type SampleAssociation = { from: string; to: string; label: AssociationLabel };
export type SampleData = {
  contacts: SampleRecord[];
  companies: SampleRecord[];
  deals: SampleRecord[];
  tickets: SampleRecord[];
  associations: SampleAssociation[];
};

/** A copy of a contact profile with the real record id as `vid`. */
export function profileWithVid(profile: ContactProfile, vid: number): ContactProfile {
  return {
    formSubmissions: profile.formSubmissions.map((s) => ({ ...s })),
    listMemberships: profile.listMemberships.map((m) => ({ ...m, vid })),
    identityProfiles: profile.identityProfiles.map((p) => ({
      ...p,
      vid,
      identities: p.identities.map((i) => ({ ...i })),
    })),
  };
}

/** Current value of each property. */
export function currentValues(record: SampleRecord): Record<string, string> {
  return Object.fromEntries(Object.entries(record.history).map(([name, versions]) => [name, versions.at(-1)!.value]));
}

// ---------------------------------------------------------------------------
// Randomness and time

const DAY = 86_400_000;
const MINUTE = 60_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// One stream per record key, so adding or reordering records leaves the others unchanged.
class Rng {
  private readonly next: () => number;
  constructor(key: string) {
    this.next = mulberry32(SAMPLE_SEED ^ fnv1a(key));
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  digits(pattern: string): string {
    return pattern.replace(/#/g, () => String(this.int(0, 9)));
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = "4";
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const s = hex.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

const atMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

/** `count` increasing times strictly inside (from, to), one in each equal slice of the span. */
function laterTimes(rng: Rng, from: number, to: number, count: number): number[] {
  const slice = (to - from) / (count + 1);
  return Array.from({ length: count }, (_, i) => atMinute(from + slice * (i + 0.5) + rng.int(0, Math.floor(slice / MINUTE)) * MINUTE));
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

class HistoryBuilder {
  readonly history: Record<string, SampleVersion[]> = {};
  set(name: string, value: string, timestamp: number, source: PropertySource, sourceId: string | null = null) {
    this.history[name] ??= [];
    this.history[name].push({ value, timestamp, source, sourceId });
    this.history[name].sort((a, b) => a.timestamp - b.timestamp);
  }
  setAll(values: Record<string, string>, timestamp: number, source: PropertySource, sourceId: string | null) {
    for (const [name, value] of Object.entries(values)) this.set(name, value, timestamp, source, sourceId);
  }
  /** The latest change of any property, for lastmodifieddate-style properties. */
  latest(): SampleVersion {
    return Object.values(this.history)
      .flat()
      .reduce((a, b) => (b.timestamp > a.timestamp ? b : a));
  }
}

// ---------------------------------------------------------------------------
// Fixed vocabulary

const OWNERS = ["41872033", "52900117", "60218345", "73311452"] as const;
const IMPORT_ID = "import-31207";
const API_APP = "hookflow-billing-sync";
const SALES_SOURCE = "sales-email-tracking";

const FORMS = {
  newsletter: {
    id: "5f0c2a7e-3b9d-4c1e-9a44-2d81f6b0c3a1",
    title: "Newsletter signup",
    url: "https://www.hookflow-demo.example/blog",
  },
  contact: {
    id: "a3e91d40-7c2b-4f65-8d17-96b2c0e4f5d8",
    title: "Contact us",
    url: "https://www.hookflow-demo.example/contact",
  },
  webinar: {
    id: "c7d4b812-0e6f-4a39-b5c2-1f8e9a7d6c30",
    title: "Webinar registration: Workflow webhooks 101",
    url: "https://www.hookflow-demo.example/webinars/webhooks-101",
  },
  demo: {
    id: "e2b5f9c6-4d18-47a0-a3e7-5c9d0b1f8e24",
    title: "Request a demo",
    url: "https://www.hookflow-demo.example/demo",
  },
} as const;
type FormKey = keyof typeof FORMS;

const LISTS = {
  newsletter: { "static-list-id": 61, "internal-list-id": 2147483643 },
  webinar: { "static-list-id": 74, "internal-list-id": 2147483638 },
  customers: { "static-list-id": 88, "internal-list-id": 2147483629 },
  productUpdates: { "static-list-id": 93, "internal-list-id": 2147483621 },
} as const;

type LifecycleStage = "subscriber" | "lead" | "marketingqualifiedlead" | "salesqualifiedlead" | "opportunity" | "customer";
type LeadStatus = "NEW" | "OPEN" | "IN_PROGRESS" | "OPEN_DEAL" | "UNQUALIFIED" | "ATTEMPTED_TO_CONTACT" | "CONNECTED" | "BAD_TIMING";

// Fictional phone ranges where they exist (UK 020 7946 0xxx, North American 555-01xx,
// Australian 03 5550 xxxx); elsewhere plausible local formats.
const PHONE_FORMATS: Record<string, string> = {
  London: "+44 20 7946 0###",
  Edinburgh: "+44 131 496 0###",
  Seattle: "+1 206 555 01##",
  Boston: "+1 617 555 01##",
  Portland: "+1 503 555 01##",
  Denver: "+1 303 555 01##",
  Toronto: "+1 416 555 01##",
  Halifax: "+1 902 555 01##",
  Toulouse: "+33 5 61 ## ## ##",
  Dublin: "+353 1 ### ####",
  Rotterdam: "+31 10 ### ####",
  Barcelona: "+34 93 ### ## ##",
  Munich: "+49 89 #### ####",
  Melbourne: "+61 3 5550 ####",
};

// ---------------------------------------------------------------------------
// Companies

type CompanySpec = {
  name: string;
  domain: string;
  industry: string;
  city: string;
  country: string;
  employees: number;
  revenue: number;
  /** Lifecycle stages in order; the last is current. */
  stages: LifecycleStage[];
  previousEmployees?: number;
};

const COMPANIES = {
  analytical: {
    name: "Analytical Engines Ltd",
    domain: "analytical-engines.example",
    industry: "COMPUTER_SOFTWARE",
    city: "London",
    country: "United Kingdom",
    employees: 48,
    revenue: 6_200_000,
    stages: ["lead", "opportunity", "customer"],
    previousEmployees: 31,
  },
  northwind: {
    name: "Northwind Traders",
    domain: "northwind-traders.example",
    industry: "WHOLESALE",
    city: "Seattle",
    country: "United States",
    employees: 310,
    revenue: 54_000_000,
    stages: ["opportunity", "customer"],
  },
  bluefin: {
    name: "Bluefin Analytics",
    domain: "bluefin-analytics.example",
    industry: "INFORMATION_TECHNOLOGY_AND_SERVICES",
    city: "Boston",
    country: "United States",
    employees: 85,
    revenue: 11_000_000,
    stages: ["lead", "opportunity"],
  },
  harbor: {
    name: "Harbor & Pine Furniture",
    domain: "harbor-and-pine.example",
    industry: "FURNITURE",
    city: "Portland",
    country: "United States",
    employees: 120,
    revenue: 18_500_000,
    stages: ["lead"],
  },
  kestrel: {
    name: "Kestrel Aerospace",
    domain: "kestrel-aero.example",
    industry: "AVIATION_AEROSPACE",
    city: "Toulouse",
    country: "France",
    employees: 900,
    revenue: 240_000_000,
    stages: ["lead", "opportunity"],
    previousEmployees: 860,
  },
  lumen: {
    name: "Lumen Dental Group",
    domain: "lumen-dental.example",
    industry: "MEDICAL_PRACTICE",
    city: "Dublin",
    country: "Ireland",
    employees: 60,
    revenue: 7_400_000,
    stages: ["lead", "customer"],
  },
  meridian: {
    name: "Meridian Freight",
    domain: "meridian-freight.example",
    industry: "LOGISTICS_AND_SUPPLY_CHAIN",
    city: "Rotterdam",
    country: "Netherlands",
    employees: 430,
    revenue: 96_000_000,
    stages: ["salesqualifiedlead"],
  },
  oakridge: {
    name: "Oakridge Accounting",
    domain: "oakridge-accounting.example",
    industry: "ACCOUNTING",
    city: "Toronto",
    country: "Canada",
    employees: 35,
    revenue: 4_100_000,
    stages: ["lead", "marketingqualifiedlead"],
  },
  quillon: {
    name: "Quillon Publishing",
    domain: "quillon-publishing.example",
    industry: "PUBLISHING",
    city: "Edinburgh",
    country: "United Kingdom",
    employees: 22,
    revenue: 2_300_000,
    stages: ["lead"],
  },
  riverstone: {
    name: "Riverstone Credit Union",
    domain: "riverstone-cu.example",
    industry: "BANKING",
    city: "Denver",
    country: "United States",
    employees: 260,
    revenue: 41_000_000,
    stages: ["lead", "opportunity", "customer"],
    previousEmployees: 240,
  },
  solstice: {
    name: "Solstice Solar",
    domain: "solstice-solar.example",
    industry: "RENEWABLES_ENVIRONMENT",
    city: "Barcelona",
    country: "Spain",
    employees: 140,
    revenue: 23_000_000,
    stages: ["opportunity"],
  },
  tidewater: {
    name: "Tidewater Marine Supply",
    domain: "tidewater-marine.example",
    industry: "MARITIME",
    city: "Halifax",
    country: "Canada",
    employees: 75,
    revenue: 9_800_000,
    stages: ["lead"],
  },
  vantage: {
    name: "Vantage Robotics",
    domain: "vantage-robotics.example",
    industry: "MACHINERY",
    city: "Munich",
    country: "Germany",
    employees: 510,
    revenue: 120_000_000,
    stages: ["opportunity", "customer"],
    previousEmployees: 470,
  },
  willow: {
    name: "Willow Creek Farms",
    domain: "willow-creek-farms.example",
    industry: "FARMING",
    city: "Melbourne",
    country: "Australia",
    employees: 40,
    revenue: 5_200_000,
    stages: ["lead"],
  },
} satisfies Record<string, CompanySpec>;
type CompanyKey = keyof typeof COMPANIES;

const companyKey = (key: CompanyKey) => `company:${slug(COMPANIES[key].name)}`;

function buildCompany(spec: CompanySpec): SampleRecord {
  const key = `company:${slug(spec.name)}`;
  const rng = new Rng(key);
  const created = atMinute(SAMPLE_BASE_DATE - rng.int(340, 365) * DAY + rng.int(0, 8 * 60) * MINUTE);
  const source: PropertySource = rng.chance(0.6) ? "IMPORT" : "CRM_UI";
  const sourceId = source === "IMPORT" ? IMPORT_ID : rng.pick(OWNERS);
  const h = new HistoryBuilder();
  h.setAll(
    {
      name: spec.name,
      domain: spec.domain,
      website: `https://www.${spec.domain}`,
      industry: spec.industry,
      phone: rng.digits(PHONE_FORMATS[spec.city]),
      city: spec.city,
      country: spec.country,
      numberofemployees: String(spec.previousEmployees ?? spec.employees),
      annualrevenue: String(spec.revenue),
      lifecyclestage: spec.stages[0],
      createdate: String(created),
    },
    created,
    source,
    sourceId,
  );
  const changes = laterTimes(rng, created, SAMPLE_BASE_DATE - 35 * DAY, spec.stages.length);
  for (const [i, stage] of spec.stages.slice(1).entries()) h.set("lifecyclestage", stage, changes[i], "CRM_UI", rng.pick(OWNERS));
  if (spec.previousEmployees) {
    h.set("numberofemployees", String(spec.employees), changes.at(-1)!, "INTEGRATION", "company-enrichment");
  }
  const latest = h.latest();
  h.set("hs_lastmodifieddate", String(latest.timestamp), latest.timestamp, latest.source, latest.sourceId);
  return { key, objectType: "company", history: h.history };
}

// ---------------------------------------------------------------------------
// Contacts

type ContactSpec = {
  first: string;
  last: string;
  company: CompanyKey;
  jobtitle: string;
  stages: LifecycleStage[];
  leadStatus: LeadStatus[];
  createdBy: PropertySource;
  /** Local part of the email address; defaults to first.last. */
  emailLocal?: string;
  /** Local part of a personal address used instead of the work one. */
  personalEmail?: string;
  previousJobtitle?: string;
  phoneChanged?: boolean;
};

const CONTACTS: ContactSpec[] = [
  {
    first: "Ada",
    last: "Lovelace",
    company: "analytical",
    jobtitle: "Chief Technology Officer",
    stages: ["lead", "marketingqualifiedlead", "customer"],
    leadStatus: ["NEW", "OPEN", "CONNECTED"],
    createdBy: "FORM",
    emailLocal: "ada",
    previousJobtitle: "Head of Research",
    phoneChanged: true,
  },
  {
    first: "Charles",
    last: "Babbage",
    company: "analytical",
    jobtitle: "Founder & CEO",
    stages: ["lead", "salesqualifiedlead", "customer"],
    leadStatus: ["NEW", "CONNECTED"],
    createdBy: "CRM_UI",
  },
  {
    first: "Mary",
    last: "Somerville",
    company: "analytical",
    jobtitle: "Head of Finance",
    stages: ["customer"],
    leadStatus: ["CONNECTED"],
    createdBy: "IMPORT",
  },
  {
    first: "Priya",
    last: "Raman",
    company: "northwind",
    jobtitle: "VP Operations",
    stages: ["lead", "opportunity", "customer"],
    leadStatus: ["OPEN", "IN_PROGRESS", "CONNECTED"],
    createdBy: "IMPORT",
    previousJobtitle: "Director of Operations",
  },
  {
    first: "Marcus",
    last: "Holloway",
    company: "northwind",
    jobtitle: "Procurement Manager",
    stages: ["customer"],
    leadStatus: ["CONNECTED"],
    createdBy: "IMPORT",
  },
  {
    first: "Jenny",
    last: "Okafor",
    company: "northwind",
    jobtitle: "IT Administrator",
    stages: ["subscriber", "lead"],
    leadStatus: ["NEW"],
    createdBy: "FORM",
  },
  {
    first: "Daniel",
    last: "Whitaker",
    company: "bluefin",
    jobtitle: "Head of Data Engineering",
    stages: ["lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity"],
    leadStatus: ["NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL"],
    createdBy: "FORM",
  },
  {
    first: "Sofia",
    last: "Marchetti",
    company: "bluefin",
    jobtitle: "Data Analyst",
    stages: ["subscriber"],
    leadStatus: ["NEW"],
    createdBy: "FORM",
    personalEmail: "sofia.marchetti",
  },
  {
    first: "Zara",
    last: "Ahmed",
    company: "bluefin",
    jobtitle: "Chief Executive Officer",
    stages: ["lead", "opportunity"],
    leadStatus: ["OPEN", "OPEN_DEAL"],
    createdBy: "CRM_UI",
  },
  {
    first: "Ethan",
    last: "Brooks",
    company: "harbor",
    jobtitle: "E-commerce Manager",
    stages: ["lead"],
    leadStatus: ["ATTEMPTED_TO_CONTACT"],
    createdBy: "API",
  },
  {
    first: "Grace",
    last: "Lindqvist",
    company: "harbor",
    jobtitle: "Owner",
    stages: ["lead", "marketingqualifiedlead"],
    leadStatus: ["NEW", "OPEN"],
    createdBy: "FORM",
  },
  {
    first: "Camille",
    last: "Durand",
    company: "kestrel",
    jobtitle: "Purchasing Director",
    stages: ["lead", "salesqualifiedlead", "opportunity"],
    leadStatus: ["OPEN", "IN_PROGRESS", "OPEN_DEAL"],
    createdBy: "CRM_UI",
    phoneChanged: true,
  },
  {
    first: "Julien",
    last: "Moreau",
    company: "kestrel",
    jobtitle: "Systems Integration Lead",
    stages: ["marketingqualifiedlead"],
    leadStatus: ["OPEN"],
    createdBy: "FORM",
  },
  {
    first: "Hélène",
    last: "Girard",
    company: "kestrel",
    jobtitle: "Program Manager",
    stages: ["opportunity"],
    leadStatus: ["OPEN_DEAL"],
    createdBy: "SALES",
  },
  {
    first: "Aoife",
    last: "Byrne",
    company: "lumen",
    jobtitle: "Practice Manager",
    stages: ["lead", "customer"],
    leadStatus: ["NEW", "CONNECTED"],
    createdBy: "FORM",
    previousJobtitle: "Office Manager",
  },
  {
    first: "Ciarán",
    last: "Murphy",
    company: "lumen",
    jobtitle: "Clinical Director",
    stages: ["customer"],
    leadStatus: ["CONNECTED"],
    createdBy: "IMPORT",
  },
  {
    first: "Sanne",
    last: "de Vries",
    company: "meridian",
    jobtitle: "Operations Director",
    stages: ["lead", "salesqualifiedlead"],
    leadStatus: ["NEW", "IN_PROGRESS"],
    createdBy: "CRM_UI",
    emailLocal: "sanne.devries",
  },
  {
    first: "Pieter",
    last: "Bakker",
    company: "meridian",
    jobtitle: "Fleet Manager",
    stages: ["lead"],
    leadStatus: ["UNQUALIFIED"],
    createdBy: "IMPORT",
  },
  {
    first: "Noah",
    last: "Tremblay",
    company: "oakridge",
    jobtitle: "Managing Partner",
    stages: ["subscriber", "lead", "marketingqualifiedlead"],
    leadStatus: ["NEW", "OPEN"],
    createdBy: "FORM",
  },
  {
    first: "Olivia",
    last: "Chen",
    company: "oakridge",
    jobtitle: "Senior Accountant",
    stages: ["lead"],
    leadStatus: ["NEW"],
    createdBy: "FORM",
    personalEmail: "olivia.chen.cpa",
  },
  {
    first: "Fiona",
    last: "MacLeod",
    company: "quillon",
    jobtitle: "Editor-in-Chief",
    stages: ["lead"],
    leadStatus: ["BAD_TIMING"],
    createdBy: "CRM_UI",
    phoneChanged: true,
  },
  {
    first: "Rory",
    last: "Campbell",
    company: "quillon",
    jobtitle: "Marketing Coordinator",
    stages: ["subscriber"],
    leadStatus: ["NEW"],
    createdBy: "FORM",
  },
  {
    first: "Luis",
    last: "Ortega",
    company: "riverstone",
    jobtitle: "Chief Information Officer",
    stages: ["lead", "opportunity", "customer"],
    leadStatus: ["OPEN", "OPEN_DEAL", "CONNECTED"],
    createdBy: "SALES",
  },
  {
    first: "Hannah",
    last: "Schultz",
    company: "riverstone",
    jobtitle: "Member Services Manager",
    stages: ["customer"],
    leadStatus: ["CONNECTED"],
    createdBy: "IMPORT",
  },
  {
    first: "Kevin",
    last: "Nguyen",
    company: "riverstone",
    jobtitle: "Security Engineer",
    stages: ["marketingqualifiedlead"],
    leadStatus: ["OPEN"],
    createdBy: "API",
  },
  {
    first: "Lucía",
    last: "Fernández",
    company: "solstice",
    jobtitle: "Head of Partnerships",
    stages: ["lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity"],
    leadStatus: ["NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL"],
    createdBy: "FORM",
  },
  {
    first: "Jordi",
    last: "Puig",
    company: "solstice",
    jobtitle: "Project Engineer",
    stages: ["lead"],
    leadStatus: ["ATTEMPTED_TO_CONTACT"],
    createdBy: "IMPORT",
    personalEmail: "jordi.puig.solar",
  },
  {
    first: "Mei",
    last: "Tanaka",
    company: "tidewater",
    jobtitle: "Inventory Manager",
    stages: ["lead"],
    leadStatus: ["NEW"],
    createdBy: "API",
  },
  {
    first: "Owen",
    last: "Fraser",
    company: "tidewater",
    jobtitle: "General Manager",
    stages: ["lead", "marketingqualifiedlead"],
    leadStatus: ["NEW", "OPEN"],
    createdBy: "CRM_UI",
    previousJobtitle: "Operations Manager",
  },
  {
    first: "Lukas",
    last: "Weber",
    company: "vantage",
    jobtitle: "Head of Automation",
    stages: ["lead", "salesqualifiedlead", "customer"],
    leadStatus: ["NEW", "IN_PROGRESS", "CONNECTED"],
    createdBy: "SALES",
  },
  {
    first: "Anna",
    last: "Becker",
    company: "vantage",
    jobtitle: "Procurement Specialist",
    stages: ["customer"],
    leadStatus: ["CONNECTED"],
    createdBy: "IMPORT",
  },
  {
    first: "Felix",
    last: "Hoffmann",
    company: "vantage",
    jobtitle: "Software Engineer",
    stages: ["subscriber", "lead"],
    leadStatus: ["NEW"],
    createdBy: "FORM",
    personalEmail: "felix.hoffmann.dev",
  },
  { first: "Chloe", last: "Walsh", company: "willow", jobtitle: "Farm Manager", stages: ["lead"], leadStatus: ["OPEN"], createdBy: "FORM" },
  {
    first: "Jack",
    last: "Thompson",
    company: "willow",
    jobtitle: "Sales Director",
    stages: ["lead", "marketingqualifiedlead"],
    leadStatus: ["NEW", "OPEN"],
    createdBy: "API",
    phoneChanged: true,
  },
];

const contactKey = (spec: Pick<ContactSpec, "first" | "last">) => `contact:${slug(`${spec.first} ${spec.last}`)}`;

/** Who moves a contact into each lifecycle stage, as HubSpot would record it. */
const STAGE_CHANGE_SOURCE: Record<LifecycleStage, PropertySource> = {
  subscriber: "FORM",
  lead: "FORM",
  marketingqualifiedlead: "FORM",
  salesqualifiedlead: "SALES",
  opportunity: "CRM_UI",
  customer: "API",
};
const STAGE_FORM: Partial<Record<LifecycleStage, FormKey>> = { lead: "contact", marketingqualifiedlead: "demo" };

type BuiltContact = { record: SampleRecord; created: number };

function buildContact(spec: ContactSpec): BuiltContact {
  const key = contactKey(spec);
  const rng = new Rng(key);
  const company = COMPANIES[spec.company];
  const created = atMinute(SAMPLE_BASE_DATE - rng.int(45, 320) * DAY + rng.int(0, 8 * 60) * MINUTE);
  const email = spec.personalEmail
    ? `${spec.personalEmail}@mailbox.example`
    : `${spec.emailLocal ?? slug(`${spec.first}.${spec.last}`).replace(/-/g, ".")}@${company.domain}`;
  const phoneFormat = PHONE_FORMATS[company.city];

  const submissions: FormSubmission[] = [];
  const lists: ListMembership[] = [];
  const submit = (form: FormKey, timestamp: number) => {
    const f = FORMS[form];
    submissions.push({
      "conversion-id": rng.uuid(),
      timestamp,
      "form-id": f.id,
      "portal-id": SAMPLE_PORTAL_ID,
      "page-url": f.url,
      title: f.title,
    });
    return f.id;
  };
  const join = (list: keyof typeof LISTS, timestamp: number) =>
    lists.push({ ...LISTS[list], timestamp, vid: VID_PLACEHOLDER, "is-member": true });

  const creationForm: FormKey | undefined =
    spec.createdBy !== "FORM" ? undefined : spec.stages[0] === "subscriber" ? "newsletter" : rng.chance(0.5) ? "webinar" : "contact";
  const creationSourceId = {
    FORM: creationForm ? FORMS[creationForm].id : null,
    IMPORT: IMPORT_ID,
    CRM_UI: rng.pick(OWNERS),
    SALES: SALES_SOURCE,
    API: API_APP,
    WORKFLOW: null,
    INTEGRATION: null,
  }[spec.createdBy];
  if (creationForm) {
    submit(creationForm, created);
    // Contact-us submitters get the newsletter, as the form's opt-in box is ticked by default.
    join(creationForm === "contact" ? "newsletter" : creationForm, created);
  }

  const h = new HistoryBuilder();
  h.setAll(
    {
      firstname: spec.first,
      lastname: spec.last,
      email,
      phone: rng.digits(phoneFormat),
      jobtitle: spec.previousJobtitle ?? spec.jobtitle,
      company: company.name,
      website: `https://www.${company.domain}`,
      city: company.city,
      country: company.country,
      lifecyclestage: spec.stages[0],
      hs_lead_status: spec.leadStatus[0],
      createdate: String(created),
    },
    created,
    spec.createdBy,
    creationSourceId,
  );

  const end = SAMPLE_BASE_DATE - 2 * DAY;
  const stageTimes = laterTimes(rng, created, end, spec.stages.length - 1);
  spec.stages.slice(1).forEach((stage, i) => {
    const at = stageTimes[i];
    const source = STAGE_CHANGE_SOURCE[stage];
    const form = source === "FORM" ? STAGE_FORM[stage] : undefined;
    const sourceId = form ? submit(form, at) : source === "API" ? API_APP : source === "SALES" ? SALES_SOURCE : rng.pick(OWNERS);
    h.set("lifecyclestage", stage, at, form ? "FORM" : source === "FORM" ? "CRM_UI" : source, sourceId);
    if (stage === "customer") join("customers", at);
  });
  const statusTimes = laterTimes(rng, created, end, spec.leadStatus.length - 1);
  for (const [i, status] of spec.leadStatus.slice(1).entries()) h.set("hs_lead_status", status, statusTimes[i], "SALES", rng.pick(OWNERS));
  if (spec.previousJobtitle) {
    h.set("jobtitle", spec.jobtitle, laterTimes(rng, created, end, 1)[0], rng.pick(["CRM_UI", "SALES"] as const), rng.pick(OWNERS));
  }
  if (spec.phoneChanged) {
    h.set("phone", rng.digits(phoneFormat), laterTimes(rng, created, end, 1)[0], "CRM_UI", rng.pick(OWNERS));
  }
  if (rng.chance(0.3)) join("productUpdates", laterTimes(rng, created, end, 1)[0]);

  const latest = h.latest();
  h.set("lastmodifieddate", String(latest.timestamp), latest.timestamp, latest.source, latest.sourceId);

  const profile: ContactProfile = {
    formSubmissions: submissions.sort((a, b) => b.timestamp - a.timestamp),
    listMemberships: lists.sort((a, b) => a["static-list-id"] - b["static-list-id"]),
    identityProfiles: [
      {
        vid: VID_PLACEHOLDER,
        "saved-at-timestamp": created,
        "deleted-changed-timestamp": 0,
        identities: [
          { type: "EMAIL", value: email, timestamp: created, "is-primary": true },
          { type: "LEAD_GUID", value: rng.uuid(), timestamp: created },
        ],
      },
    ],
  };
  return { record: { key, objectType: "contact", history: h.history, profile }, created };
}

// ---------------------------------------------------------------------------
// Deals

const DEAL_STAGES = [
  "appointmentscheduled",
  "qualifiedtobuy",
  "presentationscheduled",
  "decisionmakerboughtin",
  "contractsent",
  "closedwon",
] as const;
type DealStage = (typeof DEAL_STAGES)[number] | "closedlost";

type DealSpec = {
  name: string;
  company: CompanyKey;
  contacts: [string, string?];
  amount: number;
  stage: DealStage;
  /** Whether the deal moved through earlier stages (otherwise it was created in its stage). */
  withHistory: boolean;
  dealtype: "newbusiness" | "existingbusiness";
};

const DEALS: DealSpec[] = [
  {
    name: "Analytical Engines — Enterprise plan",
    company: "analytical",
    contacts: ["Ada Lovelace", "Charles Babbage"],
    amount: 48_000,
    stage: "closedwon",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Analytical Engines — Premium support",
    company: "analytical",
    contacts: ["Ada Lovelace"],
    amount: 6_000,
    stage: "contractsent",
    withHistory: false,
    dealtype: "existingbusiness",
  },
  {
    name: "Northwind Traders — Warehouse integration",
    company: "northwind",
    contacts: ["Priya Raman", "Marcus Holloway"],
    amount: 125_000,
    stage: "closedwon",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Bluefin Analytics — Data pipeline pilot",
    company: "bluefin",
    contacts: ["Daniel Whitaker", "Zara Ahmed"],
    amount: 18_500,
    stage: "presentationscheduled",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Harbor & Pine — Storefront webhooks",
    company: "harbor",
    contacts: ["Grace Lindqvist"],
    amount: 7_200,
    stage: "appointmentscheduled",
    withHistory: false,
    dealtype: "newbusiness",
  },
  {
    name: "Kestrel Aerospace — Supplier portal",
    company: "kestrel",
    contacts: ["Camille Durand", "Hélène Girard"],
    amount: 210_000,
    stage: "decisionmakerboughtin",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Lumen Dental — Patient reminders",
    company: "lumen",
    contacts: ["Aoife Byrne"],
    amount: 14_500,
    stage: "closedwon",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Meridian Freight — Shipment tracking",
    company: "meridian",
    contacts: ["Sanne de Vries"],
    amount: 64_000,
    stage: "qualifiedtobuy",
    withHistory: false,
    dealtype: "newbusiness",
  },
  {
    name: "Oakridge Accounting — Client onboarding",
    company: "oakridge",
    contacts: ["Noah Tremblay"],
    amount: 9_800,
    stage: "closedlost",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Quillon Publishing — Subscriber automation",
    company: "quillon",
    contacts: ["Fiona MacLeod"],
    amount: 12_000,
    stage: "appointmentscheduled",
    withHistory: false,
    dealtype: "newbusiness",
  },
  {
    name: "Riverstone Credit Union — Member sync",
    company: "riverstone",
    contacts: ["Luis Ortega", "Hannah Schultz"],
    amount: 92_000,
    stage: "closedwon",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Solstice Solar — Installer network",
    company: "solstice",
    contacts: ["Lucía Fernández"],
    amount: 38_000,
    stage: "contractsent",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Tidewater Marine — Inventory sync",
    company: "tidewater",
    contacts: ["Owen Fraser"],
    amount: 22_000,
    stage: "qualifiedtobuy",
    withHistory: false,
    dealtype: "newbusiness",
  },
  {
    name: "Vantage Robotics — Factory alerts",
    company: "vantage",
    contacts: ["Lukas Weber", "Anna Becker"],
    amount: 156_000,
    stage: "closedwon",
    withHistory: true,
    dealtype: "newbusiness",
  },
  {
    name: "Willow Creek Farms — Harvest reporting",
    company: "willow",
    contacts: ["Jack Thompson"],
    amount: 5_400,
    stage: "closedlost",
    withHistory: false,
    dealtype: "newbusiness",
  },
];

function dealStagePath(spec: DealSpec, rng: Rng): DealStage[] {
  if (!spec.withHistory) return [spec.stage];
  if (spec.stage === "closedlost") return [...DEAL_STAGES.slice(0, rng.int(1, 4)), "closedlost"];
  const target = DEAL_STAGES.indexOf(spec.stage);
  // Real deals skip stages now and then; keep the first and the current one.
  return DEAL_STAGES.slice(0, target + 1).filter((_, i) => i === 0 || i === target || rng.chance(0.7));
}

function buildDeal(spec: DealSpec, contactCreated: Map<string, number>): SampleRecord {
  const key = `deal:${slug(spec.name)}`;
  const rng = new Rng(key);
  const owner = rng.pick(OWNERS);
  const earliest =
    Math.max(...spec.contacts.filter((c) => c !== undefined).map((c) => contactCreated.get(contactKey(splitName(c)))!)) + DAY;
  const created = atMinute(earliest + rng.int(0, Math.floor((SAMPLE_BASE_DATE - 20 * DAY - earliest) / MINUTE)) * MINUTE);
  const path = dealStagePath(spec, rng);
  const closed = spec.stage === "closedwon" || spec.stage === "closedlost";
  const negotiated = spec.withHistory && spec.stage === "closedwon" && rng.chance(0.6);
  const h = new HistoryBuilder();
  h.setAll(
    {
      dealname: spec.name,
      amount: String(negotiated ? Math.round((spec.amount * 1.15) / 100) * 100 : spec.amount),
      dealstage: path[0],
      pipeline: "default",
      dealtype: spec.dealtype,
      hubspot_owner_id: owner,
      createdate: String(created),
    },
    created,
    rng.pick(["CRM_UI", "CRM_UI", "SALES"] as const),
    owner,
  );
  const times = laterTimes(rng, created, SAMPLE_BASE_DATE - DAY, path.length - 1);
  for (const [i, stage] of path.slice(1).entries()) h.set("dealstage", stage, times[i], "CRM_UI", owner);
  if (negotiated) h.set("amount", String(spec.amount), times.at(-2) ?? times.at(-1)!, "CRM_UI", owner);
  const closeAt = closed ? h.history.dealstage.at(-1)!.timestamp : atMinute(SAMPLE_BASE_DATE + rng.int(14, 120) * DAY + 8 * 60 * MINUTE);
  h.set("closedate", String(closeAt), closed ? closeAt : created, "CRM_UI", owner);
  const latest = h.latest();
  h.set("hs_lastmodifieddate", String(latest.timestamp), latest.timestamp, latest.source, latest.sourceId);
  return { key, objectType: "deal", history: h.history };
}

function splitName(fullName: string) {
  const spec = CONTACTS.find((c) => `${c.first} ${c.last}` === fullName);
  if (!spec) throw new Error(`Sample data refers to an unknown contact "${fullName}".`);
  return spec;
}

// ---------------------------------------------------------------------------
// Tickets

type TicketStage = "1" | "2" | "3" | "4";
type TicketSpec = {
  contact: string;
  subject: string;
  content: string;
  /** Pipeline stages in order (1 new, 2 waiting on contact, 3 waiting on us, 4 closed). */
  stages: TicketStage[];
  priority: "LOW" | "MEDIUM" | "HIGH";
  sourceType: "EMAIL" | "CHAT" | "PHONE" | "FORM";
};

const TICKETS: TicketSpec[] = [
  {
    contact: "Ada Lovelace",
    subject: "Webhook deliveries failing with 401",
    content:
      "Since rotating our API key this morning every webhook to our ERP endpoint returns 401 Unauthorized. Could you check whether the new secret is being used?",
    stages: ["1", "3", "4"],
    priority: "HIGH",
    sourceType: "EMAIL",
  },
  {
    contact: "Mary Somerville",
    subject: "Renewal quote request",
    content: "Please send a quote for renewing our Enterprise plan for another year, with five additional seats.",
    stages: ["1", "2"],
    priority: "LOW",
    sourceType: "EMAIL",
  },
  {
    contact: "Priya Raman",
    subject: "Bulk import stuck at 80%",
    content: "Our nightly product import has been sitting at 80% for two hours. Nothing in the error log yet.",
    stages: ["1", "3"],
    priority: "HIGH",
    sourceType: "PHONE",
  },
  {
    contact: "Marcus Holloway",
    subject: "Invoice address change",
    content: "We moved our accounts payable team; invoices should go to the new address from next month.",
    stages: ["1", "2", "4"],
    priority: "LOW",
    sourceType: "EMAIL",
  },
  {
    contact: "Daniel Whitaker",
    subject: "Question about retry policy",
    content: "How many times is a failed webhook retried, and over what period? We need this for our runbook.",
    stages: ["1", "4"],
    priority: "MEDIUM",
    sourceType: "CHAT",
  },
  {
    contact: "Grace Lindqvist",
    subject: "Cannot log in after password reset",
    content: "The reset link works but the new password is rejected on the login page.",
    stages: ["1"],
    priority: "MEDIUM",
    sourceType: "FORM",
  },
  {
    contact: "Camille Durand",
    subject: "Request for SSO configuration",
    content: "We would like to enable SAML single sign-on for our supplier portal team before go-live.",
    stages: ["1", "3"],
    priority: "MEDIUM",
    sourceType: "EMAIL",
  },
  {
    contact: "Aoife Byrne",
    subject: "Duplicate reminder emails sent to patients",
    content: "Several patients received the same appointment reminder three times yesterday afternoon.",
    stages: ["1", "3", "2"],
    priority: "HIGH",
    sourceType: "PHONE",
  },
  {
    contact: "Sanne de Vries",
    subject: "Timezone of scheduled sends",
    content: "Scheduled notifications seem to use UTC instead of Europe/Amsterdam. Is that configurable?",
    stages: ["1", "2"],
    priority: "LOW",
    sourceType: "CHAT",
  },
  {
    contact: "Luis Ortega",
    subject: "Security questionnaire for annual review",
    content: "Our compliance team needs the attached vendor security questionnaire completed by the end of the quarter.",
    stages: ["1", "3", "4"],
    priority: "MEDIUM",
    sourceType: "EMAIL",
  },
  {
    contact: "Hannah Schultz",
    subject: "Export of member list to CSV",
    content: "Is there a way to export all members with their custom properties to a CSV file?",
    stages: ["1", "4"],
    priority: "LOW",
    sourceType: "FORM",
  },
  {
    contact: "Lucía Fernández",
    subject: "Webhook payload missing custom property",
    content: "The installer_region property is not included in the webhook body even though it is selected in the workflow.",
    stages: ["1", "3"],
    priority: "HIGH",
    sourceType: "CHAT",
  },
  {
    contact: "Lukas Weber",
    subject: "Rate limit reached during peak hours",
    content: "Between 07:00 and 08:00 our alert workflow hits the rate limit and deliveries back up for an hour.",
    stages: ["1", "2", "3"],
    priority: "HIGH",
    sourceType: "EMAIL",
  },
  {
    contact: "Anna Becker",
    subject: "Add a second billing contact",
    content: "Please add our controller as a second recipient for invoices.",
    stages: ["1", "4"],
    priority: "LOW",
    sourceType: "EMAIL",
  },
  {
    contact: "Fiona MacLeod",
    subject: "Newsletter form not capturing consent",
    content: "The consent checkbox on our newsletter form is not stored on the contact record.",
    stages: ["1"],
    priority: "MEDIUM",
    sourceType: "FORM",
  },
];

const TICKET_CREATION_SOURCE: Record<TicketSpec["sourceType"], PropertySource> = {
  EMAIL: "INTEGRATION",
  CHAT: "INTEGRATION",
  PHONE: "CRM_UI",
  FORM: "FORM",
};

function buildTicket(spec: TicketSpec, contactCreated: number): SampleRecord {
  const key = `ticket:${slug(spec.subject)}`;
  const rng = new Rng(key);
  const owner = rng.pick(OWNERS);
  const earliest = Math.max(contactCreated + DAY, SAMPLE_BASE_DATE - 120 * DAY);
  const created = atMinute(earliest + rng.int(0, Math.floor((SAMPLE_BASE_DATE - 3 * DAY - earliest) / MINUTE)) * MINUTE);
  const source = TICKET_CREATION_SOURCE[spec.sourceType];
  const h = new HistoryBuilder();
  h.setAll(
    {
      subject: spec.subject,
      content: spec.content,
      hs_pipeline: "0",
      hs_pipeline_stage: spec.stages[0],
      hs_ticket_priority: spec.priority,
      source_type: spec.sourceType,
      hubspot_owner_id: owner,
      createdate: String(created),
    },
    created,
    source,
    source === "FORM" ? FORMS.contact.id : source === "CRM_UI" ? owner : "help-desk",
  );
  const times = laterTimes(rng, created, SAMPLE_BASE_DATE - DAY, spec.stages.length - 1);
  for (const [i, stage] of spec.stages.slice(1).entries()) h.set("hs_pipeline_stage", stage, times[i], "CRM_UI", owner);
  if (spec.stages.at(-1) === "4") {
    const closedAt = h.history.hs_pipeline_stage.at(-1)!.timestamp;
    h.set("closed_date", String(closedAt), closedAt, "CRM_UI", owner);
  }
  const latest = h.latest();
  h.set("hs_lastmodifieddate", String(latest.timestamp), latest.timestamp, latest.source, latest.sourceId);
  return { key, objectType: "ticket", history: h.history };
}

// ---------------------------------------------------------------------------

export function buildSampleData(): SampleData {
  const companies = Object.values(COMPANIES).map((spec) => buildCompany(spec));
  const built = CONTACTS.map((spec) => buildContact(spec));
  const contacts = built.map((b) => b.record);
  const contactCreated = new Map(built.map((b) => [b.record.key, b.created]));
  const deals = DEALS.map((spec) => buildDeal(spec, contactCreated));
  const tickets = TICKETS.map((spec) => {
    const contact = splitName(spec.contact);
    return buildTicket(spec, contactCreated.get(contactKey(contact))!);
  });

  const associations: SampleAssociation[] = [];
  for (const spec of CONTACTS) {
    associations.push({ from: contactKey(spec), to: companyKey(spec.company), label: "contact_to_company" });
  }
  DEALS.forEach((spec, i) => {
    associations.push({ from: deals[i].key, to: companyKey(spec.company), label: "deal_to_company" });
    for (const name of spec.contacts) {
      if (name) associations.push({ from: deals[i].key, to: contactKey(splitName(name)), label: "deal_to_contact" });
    }
  });
  TICKETS.forEach((spec, i) => {
    const contact = splitName(spec.contact);
    associations.push({ from: tickets[i].key, to: contactKey(contact), label: "ticket_to_contact" });
    associations.push({ from: tickets[i].key, to: companyKey(contact.company), label: "ticket_to_company" });
  });

  return { contacts, companies, deals, tickets, associations };
}
