"use client";

import { BaseEdge, getStraightPath, Handle, Position, type EdgeProps, type Node, type NodeProps, type Edge } from "@xyflow/react";
import { Flag, Hand, Plus, TriangleAlert, Zap } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionType } from "@/lib/actions/action-registry";
import { actionViews } from "@/components/actions/action-views";
import { useRole } from "@/components/app-shell/current-user";
import styles from "./canvas.module.css";

export const NODE_WIDTH = 300;
/** Vertical space between two nodes; the + that inserts there sits in its middle. */
export const NODE_GAP = 64;

/** The + under a node: inserts an action after it. */
/** Where a + adds an action: after the action named `after`, or after the trigger (null). */
type InsertPoint = { index: number; after: string | null; active: boolean; onInsert: (index: number) => void };

type TriggerNodeData = {
  triggerType: "MANUAL" | "WEBHOOK";
  summary: string;
  issue: string | null;
  selected: boolean;
  onOpen: () => void;
  insert: InsertPoint;
};
type ActionNodeData = {
  actionId: string;
  type: ActionType;
  position: number;
  name: string;
  summary: string;
  issue: string | null;
  outputs: string[];
  selected: boolean;
  onOpen: (id: string) => void;
  insert: InsertPoint;
};
type TriggerNode = Node<TriggerNodeData, "trigger">;
type ActionNode = Node<ActionNodeData, "action">;
type EndNode = Node<Record<string, never>, "end">;
export type CanvasNode = TriggerNode | ActionNode | EndNode;

export type FlowEdge = Edge<Record<string, never>, "flow">;

// Handles exist only so edges have anchors; nothing can be connected by dragging.
function Anchors({ top = true, bottom = true }: { top?: boolean; bottom?: boolean }) {
  return (
    <>
      {top && <Handle type="target" position={Position.Top} isConnectable={false} className={styles.handle} />}
      {bottom && <Handle type="source" position={Position.Bottom} isConnectable={false} className={styles.handle} />}
    </>
  );
}

function TriggerNodeView({ data }: NodeProps<TriggerNode>) {
  const t = useTranslations("editor.canvas");
  const webhook = data.triggerType === "WEBHOOK";
  const Icon = webhook ? Zap : Hand;
  const name = webhook ? t("webhookReceived") : t("enrolledManually");
  return (
    <div className={styles.wrap} style={{ width: NODE_WIDTH }}>
      <button
        type="button"
        className={`${styles.node} ${styles.trigger}${data.selected ? ` ${styles.isSelected}` : ""}${data.issue ? ` ${styles.hasIssue}` : ""}`}
        aria-pressed={data.selected}
        aria-label={t("triggerLabel", {
          name,
          hasSummary: data.summary ? "yes" : "no",
          summary: data.summary,
          hasIssue: data.issue ? "yes" : "no",
        })}
        aria-describedby={data.issue ? "trigger-issue" : undefined}
        data-trigger-node
        onClick={() => data.onOpen()}
      >
        <span className={styles.head}>
          <span className="wf-node-icon wf-node-icon-trigger" aria-hidden>
            <Icon size={16} />
          </span>
          <span className={styles.text}>
            {/* The space keeps the words apart in the text read out (label in name), unseen in the column. */}
            <span className={styles.kind}>{t("trigger")}</span> <span className={styles.name}>{name}</span>
          </span>
          {data.issue && <NodeWarning id="trigger-issue" issue={data.issue} />}
        </span>
        {data.summary && " "}
        {data.summary && <span className={styles.summary}>{data.summary}</span>}
      </button>
      <InsertButton insert={data.insert} />
      <Anchors top={false} />
    </div>
  );
}

/**
 * The + in the gap below a node. It is rendered with the node rather than on the edge, so the
 * keyboard reaches it right after the node it follows (React Flow puts edge labels before all nodes).
 */
function InsertButton({ insert }: { insert: InsertPoint }) {
  // Below Editor nothing can be added: no + at all (the header says why the workflow cannot be changed).
  const t = useTranslations("editor.canvas");
  const { allowed } = useRole("EDITOR");
  if (!allowed) return null;
  return (
    <button
      type="button"
      className={`${styles.insert} nodrag nopan${insert.active ? ` ${styles.isActive}` : ""}`}
      style={{ top: `calc(100% + ${NODE_GAP / 2}px)` }}
      aria-label={insert.after === null ? t("insertAfterTrigger") : t("insertLabel", { name: insert.after })}
      title={t("insertTitle")}
      onClick={(event) => {
        // Inside the node's element: without this, React Flow's node click would open the node's panel instead.
        event.stopPropagation();
        insert.onInsert(insert.index);
      }}
    >
      <Plus size={14} aria-hidden />
    </button>
  );
}

/**
 * The "Fix" badge of a node whose settings need attention; the message is the node's description. It is
 * read through aria-describedby, which reads hidden text too, so it takes no box at all: a visually hidden
 * (absolutely positioned) copy could add to the size of a scrolling area around the canvas. The word
 * "Fix" is drawn by CSS from data-label: the node's name says ", needs attention" instead, and text in
 * the button that its name does not hold would break label in name (WCAG 2.5.3).
 */
function NodeWarning({ id, issue }: { id: string; issue: string }) {
  const t = useTranslations("editor.canvas");
  return (
    <span className={styles.warning} title={issue}>
      <TriangleAlert size={14} aria-hidden />
      <span aria-hidden className={styles.warningLabel} data-label={t("fix")} />
      <span id={id} hidden>
        {issue}
      </span>
    </span>
  );
}

function ActionNodeView({ data }: NodeProps<ActionNode>) {
  const t = useTranslations("editor.canvas");
  const Icon = actionViews[data.type].icon;
  return (
    <div className={styles.wrap} style={{ width: NODE_WIDTH }}>
      <button
        type="button"
        className={`${styles.node} ${styles.action}${data.selected ? ` ${styles.isSelected}` : ""}${data.issue ? ` ${styles.hasIssue}` : ""}`}
        aria-pressed={data.selected}
        // Every text the node shows is in its name (WCAG 2.5.3 label in name), as the trigger's summary is.
        aria-label={t("actionLabel", {
          position: data.position,
          name: data.name,
          hasSummary: data.summary ? "yes" : "no",
          summary: data.summary,
          hasOutputs: data.outputs.length > 0 ? "yes" : "no",
          outputs: data.outputs.join(", "),
          hasIssue: data.issue ? "yes" : "no",
        })}
        aria-describedby={data.issue ? `${data.actionId}-issue` : undefined}
        data-action-id={data.actionId}
        onClick={() => data.onOpen(data.actionId)}
      >
        <span className={styles.head}>
          <span className="wf-node-icon" aria-hidden>
            <Icon size={16} />
          </span>
          <span className={styles.text}>
            <span className={styles.kind}>{t("actionKind", { position: data.position })}</span>{" "}
            <span className={styles.name}>{data.name}</span>
          </span>
          {data.issue && <NodeWarning id={`${data.actionId}-issue`} issue={data.issue} />}
        </span>
        {data.summary && " "}
        {data.summary && <span className={`${styles.summary} mono`}>{data.summary}</span>}
        {data.outputs.length > 0 && " "}
        {data.outputs.length > 0 && <span className={styles.outputs}>{t("outputs", { outputs: data.outputs.join(", ") })}</span>}
      </button>
      <InsertButton insert={data.insert} />
      <Anchors />
    </div>
  );
}

function EndNodeView() {
  const t = useTranslations("editor.canvas");
  return (
    <div className={styles.end} style={{ width: NODE_WIDTH }}>
      <span className={styles.endPill}>
        <Flag size={12} aria-hidden /> {t("end")}
      </span>
      <Anchors bottom={false} />
    </div>
  );
}

function FlowEdgeView({ id, sourceX, sourceY, targetX, targetY, markerEnd }: EdgeProps<FlowEdge>) {
  const [path] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  return <BaseEdge id={id} path={path} markerEnd={markerEnd} className={styles.edge} />;
}

export const nodeTypes = { trigger: TriggerNodeView, action: ActionNodeView, end: EndNodeView };
export const edgeTypes = { flow: FlowEdgeView };
