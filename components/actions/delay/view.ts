import { Hourglass } from "lucide-react";
import type { ActionView } from "@/components/actions/action-view";
import type { DelayConfig } from "@/lib/actions/delay/delay-config";
import type { DelayStepDetail } from "@/lib/actions/delay/step-detail";
import { DelayPanel } from "./delay-panel";
import { DelayStep, delayStepTiming } from "./delay-step";

export const delayView: ActionView<DelayConfig, DelayStepDetail> = {
  icon: Hourglass,
  Panel: DelayPanel,
  StepBody: DelayStep,
  stepTiming: delayStepTiming,
};
