import type { LucideIcon } from "lucide-react";
import type { ComponentType, ReactNode } from "react";
import type { DeliveryAttempt, EnrollmentStep } from "@/components/run-history/run-history-api";
import type { BadgeTone } from "@/components/ui/badge";
import type { ActionText } from "@/lib/actions/action-definition";
import type { ActionPanelProps } from "./action-panel-props";

/** What the run page gives the view of one step (components/run-history/step-card.tsx draws the frame around it). */
export type StepBodyProps<Detail> = {
  step: EnrollmentStep;
  /** What the type's executor told about the step (its describeStep); null when it had nothing. */
  detail: Detail | null;
  /** Newest first. */
  attempts: DeliveryAttempt[];
  /** The step's name as people know it. */
  title: string;
  /** Retry now's error or note, placed where the type wants it. */
  feedback: ReactNode;
  now: number;
  /** The step after this one, if any. */
  next?: EnrollmentStep;
};

/** How a step's own timing changes the frame around it: a badge other than its status's, and when it finished for people. */
export type StepTiming = { badge?: { tone: BadgeTone; label: ActionText }; finishedAt: string | null };

/** The client half of an action type: its icon, its settings panel and how a run step of it is drawn. */
export type ActionView<Config, Detail> = {
  icon: LucideIcon;
  Panel: ComponentType<ActionPanelProps<Config>>;
  StepBody: ComponentType<StepBodyProps<Detail>>;
  /** For a step whose wait outlasts its status (a Delay succeeds at once, then waits). */
  stepTiming?: (step: EnrollmentStep, detail: Detail | null, now: number, next?: EnrollmentStep) => StepTiming;
};

/** A view of any type, for the registry: each entry keeps its own Config and Detail. */
// biome-ignore lint/suspicious/noExplicitAny: a registry entry keeps its own Config and Detail; `unknown` would refuse every typed view.
export type AnyActionView = ActionView<any, any>;
