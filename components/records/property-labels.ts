// Readable labels for HubSpot's internal property names and enumeration values.
// Unknown names and values fall back to the raw text, so new properties still show.

const PROPERTY_LABELS: Record<string, string> = {
  firstname: "First name",
  lastname: "Last name",
  email: "Email",
  phone: "Phone",
  mobilephone: "Mobile phone",
  company: "Company name",
  jobtitle: "Job title",
  lifecyclestage: "Lifecycle stage",
  hs_lead_status: "Lead status",
  website: "Website",
  city: "City",
  state: "State/Region",
  country: "Country",
  zip: "Postal code",
  address: "Street address",
  createdate: "Create date",
  lastmodifieddate: "Last modified date",
  hs_lastmodifieddate: "Last modified date",
  name: "Name",
  domain: "Domain",
  industry: "Industry",
  numberofemployees: "Number of employees",
  annualrevenue: "Annual revenue",
  dealname: "Deal name",
  amount: "Amount",
  dealstage: "Deal stage",
  pipeline: "Pipeline",
  closedate: "Close date",
  deal_currency_code: "Currency",
  dealtype: "Deal type",
  subject: "Ticket name",
  content: "Description",
  hs_ticket_priority: "Priority",
  hs_pipeline_stage: "Ticket status",
  hs_pipeline: "Pipeline",
  hs_ticket_category: "Category",
  hubspot_owner_id: "Owner",
  source_type: "Source",
  hs_object_id: "Record ID",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  lifecyclestage: {
    subscriber: "Subscriber",
    lead: "Lead",
    marketingqualifiedlead: "Marketing qualified lead",
    salesqualifiedlead: "Sales qualified lead",
    opportunity: "Opportunity",
    customer: "Customer",
    evangelist: "Evangelist",
    other: "Other",
  },
  dealstage: {
    appointmentscheduled: "Appointment scheduled",
    qualifiedtobuy: "Qualified to buy",
    presentationscheduled: "Presentation scheduled",
    decisionmakerboughtin: "Decision maker bought-in",
    contractsent: "Contract sent",
    closedwon: "Closed won",
    closedlost: "Closed lost",
  },
  dealtype: { newbusiness: "New business", existingbusiness: "Existing business" },
  // HubSpot's default ticket pipeline uses numeric stage ids.
  hs_pipeline_stage: { "1": "New", "2": "Waiting on contact", "3": "Waiting on us", "4": "Closed" },
  hs_ticket_priority: { LOW: "Low", MEDIUM: "Medium", HIGH: "High", URGENT: "Urgent" },
};

// Names and values are user input: only the tables' own entries count ("constructor" is not Object's).
const own = <T>(table: Record<string, T> | undefined, key: string): T | undefined =>
  table && Object.hasOwn(table, key) ? table[key] : undefined;

export function propertyLabel(name: string): string {
  return own(PROPERTY_LABELS, name) ?? name;
}

// Enumerations whose values HubSpot spells as CONSTANT_CASE (e.g. COMPUTER_SOFTWARE).
const CONSTANT_CASE_ENUMS = new Set(["industry", "hs_lead_status", "dealtype", "hs_ticket_category", "type", "source_type"]);

export function propertyValueLabel(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const labels = own(VALUE_LABELS, name);
  const mapped = own(labels, value) ?? own(labels, value.toLowerCase());
  if (mapped) return mapped;
  if (CONSTANT_CASE_ENUMS.has(name) && /^[A-Z0-9_]+$/.test(value)) {
    const words = value.toLowerCase().replace(/_/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return value;
}
