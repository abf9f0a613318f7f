import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Format } from "@/lib/client/format";
import type { ObjectType } from "@/lib/crm/object-types";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";
import type { RecordSummary } from "@/lib/client/records-api";
import { propertyValueLabel } from "./property-labels";

/** A column heading's key in the records catalog (records.columns). */
type ColumnHeader =
  | "email"
  | "phone"
  | "lifecycleStage"
  | "domain"
  | "industry"
  | "city"
  | "amount"
  | "stage"
  | "closeDate"
  | "priority"
  | "name"
  | "dealName"
  | "subject";

export type RecordColumn = {
  key: string;
  header: ColumnHeader;
  numeric?: boolean;
  nowrap?: boolean;
  /** Left out when the table is narrow (1024 px windows), so the columns people scan for fit without scrolling sideways. */
  optional?: boolean;
  /** The cell; `format` is the page's useFormat() (the UI language and the user's zone); `definitions` the object type's property definitions in the user's language, when loaded (option labels). */
  cell: (record: RecordSummary, format: Format, definitions?: readonly PropertyDefinition[]) => ReactNode;
};

const dash = <span className="muted">—</span>;

/** An address that may wrap after its "@" as well as at its hyphens: "sofia.marchetti@" / "mailbox.example". */
function breakableEmail(email: string): ReactNode {
  const at = email.lastIndexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

function text(name: string) {
  return (record: RecordSummary, _format: Format, definitions?: readonly PropertyDefinition[]) =>
    propertyValueLabel(name, record.properties[name], definitions) ?? dash;
}

const PRIORITY_TONES: Record<string, BadgeTone> = { URGENT: "danger", HIGH: "danger", MEDIUM: "warning", LOW: "muted" };

/** The columns after the name, per object type: what someone scanning the list looks for. */
export const recordColumns: Record<ObjectType, RecordColumn[]> = {
  contact: [
    {
      key: "email",
      header: "email",
      cell: (r) =>
        r.properties.email ? (
          <a href={`mailto:${r.properties.email}`} className="subtle-link">
            {breakableEmail(r.properties.email)}
          </a>
        ) : (
          dash
        ),
    },
    { key: "phone", header: "phone", nowrap: true, optional: true, cell: (r) => (r.properties.phone || r.properties.mobilephone) ?? dash },
    { key: "lifecyclestage", header: "lifecycleStage", cell: text("lifecyclestage") },
  ],
  company: [
    { key: "domain", header: "domain", nowrap: true, cell: text("domain") },
    { key: "industry", header: "industry", cell: text("industry") },
    { key: "city", header: "city", optional: true, cell: text("city") },
  ],
  deal: [
    {
      key: "amount",
      header: "amount",
      numeric: true,
      nowrap: true,
      cell: (r, format) => (r.properties.amount ? format.amount(r.properties.amount, r.properties.deal_currency_code) : dash),
    },
    { key: "dealstage", header: "stage", cell: text("dealstage") },
    {
      key: "closedate",
      header: "closeDate",
      nowrap: true,
      cell: (r, format) => (r.properties.closedate ? format.propertyValue("closedate", r.properties.closedate) : dash),
    },
  ],
  ticket: [
    {
      key: "hs_ticket_priority",
      header: "priority",
      nowrap: true,
      cell: (r, _format, definitions) => {
        const value = r.properties.hs_ticket_priority;
        if (!value) return dash;
        return (
          <Badge tone={PRIORITY_TONES[value.toUpperCase()] ?? "neutral"}>
            {propertyValueLabel("hs_ticket_priority", value, definitions)}
          </Badge>
        );
      },
    },
    { key: "hs_pipeline_stage", header: "stage", cell: text("hs_pipeline_stage") },
  ],
};

export const nameColumnHeader: Record<ObjectType, ColumnHeader> = {
  contact: "name",
  company: "name",
  deal: "dealName",
  ticket: "subject",
};
