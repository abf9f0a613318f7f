import { Webhook } from "lucide-react";
import type { ActionView } from "@/components/actions/action-view";
import { DeliveryStepBody } from "@/components/run-history/delivery-step-body";
import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { SendWebhookPanel } from "./send-webhook-panel";

export const sendWebhookView: ActionView<SendWebhookConfig, null> = { icon: Webhook, Panel: SendWebhookPanel, StepBody: DeliveryStepBody };
