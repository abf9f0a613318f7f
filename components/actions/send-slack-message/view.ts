import { MessageSquare } from "lucide-react";
import type { ActionView } from "@/components/actions/action-view";
import { DeliveryStepBody } from "@/components/run-history/delivery-step-body";
import type { SendSlackMessageConfig } from "@/lib/actions/send-slack-message/send-slack-message-config";
import { SendSlackMessagePanel } from "./send-slack-message-panel";

export const sendSlackMessageView: ActionView<SendSlackMessageConfig, null> = {
  icon: MessageSquare,
  Panel: SendSlackMessagePanel,
  StepBody: DeliveryStepBody,
};
