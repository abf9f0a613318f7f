import { PencilLine } from "lucide-react";
import type { ActionView } from "@/components/actions/action-view";
import type { SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import type { SetPropertyStepDetail } from "@/lib/actions/set-property/step-detail";
import { SetPropertyPanel } from "./set-property-panel";
import { SetPropertyStep } from "./set-property-step";

export const setPropertyView: ActionView<SetPropertyConfig, SetPropertyStepDetail> = {
  icon: PencilLine,
  Panel: SetPropertyPanel,
  StepBody: SetPropertyStep,
};
