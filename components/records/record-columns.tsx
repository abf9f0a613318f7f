import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatAmount, formatPropertyValue } from "@/lib/client/format";
import type { ObjectType } from "@/lib/crm/object-types";
import type { RecordSummary } from "@/lib/client/records-api";
import { propertyValueLabel } from "./property-labels";

export type RecordColumn = { key: string; header: string; numeric?: boolean; nowrap?: boolean; cell: (record: RecordSummary) => ReactNode };

const dash = <span className="muted">—</span>;

function text(name: string) {
  return (record: RecordSummary) => propertyValueLabel(name, record.properties[name]) ?? dash;
}

const PRIORITY_TONES: Record<string, BadgeTone> = { URGENT: "danger", HIGH: "danger", MEDIUM: "warning", LOW: "muted" };

/** The columns after the name, per object type: what someone scanning the list looks for. */
export const recordColumns: Record<ObjectType, RecordColumn[]> = {
  contact: [
    {
      key: "email",
      header: "Email",
      cell: (r) =>
        r.properties.email ? (
          <a href={`mailto:${r.properties.email}`} className="subtle-link">
            {r.properties.email}
          </a>
        ) : (
          dash
        ),
    },
    { key: "phone", header: "Phone", nowrap: true, cell: (r) => (r.properties.phone || r.properties.mobilephone) ?? dash },
    { key: "lifecyclestage", header: "Lifecycle stage", cell: text("lifecyclestage") },
  ],
  company: [
    { key: "domain", header: "Domain", nowrap: true, cell: text("domain") },
    { key: "industry", header: "Industry", cell: text("industry") },
    { key: "city", header: "City", cell: text("city") },
  ],
  deal: [
    {
      key: "amount",
      header: "Amount",
      numeric: true,
      nowrap: true,
      cell: (r) => (r.properties.amount ? formatAmount(r.properties.amount, r.properties.deal_currency_code) : dash),
    },
    { key: "dealstage", header: "Stage", cell: text("dealstage") },
    {
      key: "closedate",
      header: "Close date",
      nowrap: true,
      cell: (r) => (r.properties.closedate ? formatPropertyValue("closedate", r.properties.closedate) : dash),
    },
  ],
  ticket: [
    {
      key: "hs_ticket_priority",
      header: "Priority",
      nowrap: true,
      cell: (r) => {
        const value = r.properties.hs_ticket_priority;
        if (!value) return dash;
        return <Badge tone={PRIORITY_TONES[value.toUpperCase()] ?? "neutral"}>{propertyValueLabel("hs_ticket_priority", value)}</Badge>;
      },
    },
    { key: "hs_pipeline_stage", header: "Stage", cell: text("hs_pipeline_stage") },
  ],
};

export const nameColumnHeader: Record<ObjectType, string> = {
  contact: "Name",
  company: "Name",
  deal: "Deal name",
  ticket: "Subject",
};
