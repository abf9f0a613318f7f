import { Hourglass, PencilLine, Webhook, type LucideIcon } from "lucide-react";
import type { ActionType } from "@/lib/actions/action-registry";

// Client-only, like the panels: a new action type without an icon is a type error.
export const actionIcons = {
  SEND_WEBHOOK: Webhook,
  SET_PROPERTY: PencilLine,
  DELAY: Hourglass,
} satisfies Record<ActionType, LucideIcon>;
