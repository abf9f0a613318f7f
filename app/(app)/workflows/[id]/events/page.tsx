import type { Metadata } from "next";
import { TriggerEventsPage } from "@/components/trigger/trigger-events-page";

export const metadata: Metadata = { title: "Trigger events" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TriggerEventsPage workflowId={id} />;
}
