"use client";

import { Background, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow, type Edge, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useTranslations } from "next-intl";
import { useIssueText } from "@/lib/client/issue-text";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { triggerSummary } from "@/components/trigger/trigger-summary";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import { usePropertyDefinitions } from "@/components/actions/use-property-definitions";
import type { ObjectType } from "@/lib/crm/object-types";
import { findProperty } from "@/lib/crm/property-definitions";
import type { WorkflowTrigger } from "@/lib/workflows/workflow-schema";
import { actionOutputs, actionSummary, validateAction, type ErrorsByAction } from "./action-validation";
import { edgeTypes, NODE_GAP, NODE_WIDTH, nodeTypes, type CanvasNode, type FlowEdge } from "./canvas-nodes";
import type { DraftAction } from "./draft-reducer";
import styles from "./canvas.module.css";

const TRIGGER_HEIGHT = 64;

// Rough node heights, enough to keep a gap for the + button between nodes (nodes never overlap).
function estimatedHeight(summary: string, outputs: string[]) {
  return 62 + (summary ? 22 : 0) + (outputs.length ? 20 : 0);
}

type WorkflowCanvasProps = {
  trigger: WorkflowTrigger;
  objectType: ObjectType;
  triggerSelected: boolean;
  onOpenTrigger: () => void;
  actions: DraftAction[];
  errors: ErrorsByAction;
  /** The first message about the trigger's settings, for its node's badge. */
  triggerIssue: string | null;
  selectedId: string | null;
  /** Where the action picker will insert, to highlight that +. */
  insertIndex: number | null;
  onOpen: (id: string) => void;
  onInsert: (index: number) => void;
  /** Changes when the chain grows or shrinks or the side panel opens, closes or is resized: the view is fitted again. */
  layoutKey: string;
};

type Size = { width: number; height: number };

export function WorkflowCanvas({
  trigger,
  objectType,
  triggerSelected,
  onOpenTrigger,
  actions,
  errors,
  triggerIssue,
  selectedId,
  insertIndex,
  onOpen,
  onInsert,
  layoutKey,
}: WorkflowCanvasProps) {
  // The nodes are controlled, so React Flow's measurements come back through onNodesChange; the
  // MiniMap and the layout both need them.
  const t = useTranslations("editor.canvasFrame");
  const tTrigger = useTranslations("trigger.nodeSummary");
  const tCanvas = useTranslations("editor.canvas");
  const text = useActionTypeText();
  const objectTypeLabel = useObjectTypeLabel();
  const issueText = useIssueText();
  const [sizes, setSizes] = useState<Record<string, Size>>({});
  const properties = usePropertyDefinitions(objectType).data;
  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const measured = changes.flatMap((c) => (c.type === "dimensions" && c.dimensions ? [[c.id, c.dimensions] as const] : []));
    if (!measured.length) return;
    setSizes((current) => {
      const next = { ...current };
      for (const [id, size] of measured) next[id] = size;
      return next;
    });
  }, []);

  const ariaLabels = useMemo(
    () => ({
      "controls.ariaLabel": t("controls"),
      "controls.zoomIn.ariaLabel": t("zoomIn"),
      "controls.zoomOut.ariaLabel": t("zoomOut"),
      "controls.fitView.ariaLabel": t("fitView"),
      "minimap.ariaLabel": t("minimap"),
      "node.a11yDescription.default": t("nodeDescription"),
      "node.a11yDescription.keyboardDisabled": t("nodeDescription"),
      "edge.a11yDescription.default": t("edgeDescription"),
    }),
    [t],
  );

  const { nodes, edges } = useMemo(() => {
    const shownTrigger = triggerSummary(trigger, objectTypeLabel(objectType).singular.toLowerCase());
    const nodes: CanvasNode[] = [
      {
        id: "trigger",
        type: "trigger",
        position: { x: -NODE_WIDTH / 2, y: 0 },
        data: {
          triggerType: trigger.type,
          summary: shownTrigger ? (shownTrigger.key === "matches" ? tTrigger("matches", shownTrigger.values) : tTrigger("notSet")) : "",
          issue: triggerIssue,
          selected: triggerSelected,
          onOpen: onOpenTrigger,
          insert: { index: 0, after: null, active: insertIndex === 0, onInsert },
        },
        selectable: false,
        draggable: false,
        measured: sizes.trigger,
      },
    ];
    // Summaries name the actions whose outputs they read, as the draft names them now.
    // ...and the properties they set by their labels.
    const context = text.summaryContext(actions, (name) => (properties ? findProperty(properties, name) : undefined));
    let y = (sizes.trigger?.height ?? TRIGGER_HEIGHT) + NODE_GAP;
    actions.forEach((action, index) => {
      const described = actionSummary(action, context);
      const summary = described ? text.text(described) : "";
      const outputs = actionOutputs(action).map((o) => o.name);
      const live = validateAction(action, actions[index + 1]?.id ?? null, issueText);
      const shown = { ...live, ...errors[action.id] };
      const issue = Object.values(shown)[0] ?? null;
      const name = text.displayName(action);
      nodes.push({
        id: action.id,
        type: "action",
        position: { x: -NODE_WIDTH / 2, y },
        draggable: false,
        measured: sizes[action.id],
        data: {
          actionId: action.id,
          type: action.type,
          position: index + 1,
          name,
          summary,
          issue,
          outputs,
          selected: action.id === selectedId,
          onOpen,
          insert: { index: index + 1, after: name, active: insertIndex === index + 1, onInsert },
        },
      });
      y += (sizes[action.id]?.height ?? estimatedHeight(summary, outputs)) + NODE_GAP;
    });
    nodes.push({
      id: "end",
      type: "end",
      position: { x: -NODE_WIDTH / 2, y },
      data: {},
      selectable: false,
      draggable: false,
      measured: sizes.end,
    });

    const ids = ["trigger", ...actions.map((a) => a.id), "end"];
    const names = [tCanvas("trigger"), ...actions.map((action) => text.displayName(action)), tCanvas("end")];
    const edges: FlowEdge[] = ids.slice(1).map((target, i) => ({
      id: `e-${ids[i]}-${target}`,
      source: ids[i],
      target,
      ariaLabel: t("edge", { from: names[i], to: names[i + 1] }),
      type: "flow",
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: "var(--canvas-edge)" },
    }));
    return { nodes, edges };
  }, [
    trigger,
    objectType,
    objectTypeLabel,
    properties,
    triggerSelected,
    onOpenTrigger,
    actions,
    errors,
    triggerIssue,
    selectedId,
    insertIndex,
    onOpen,
    onInsert,
    tTrigger,
    tCanvas,
    t,
    text,
    sizes,
    issueText,
  ]);

  return (
    <div className={styles.canvas}>
      <ReactFlow<CanvasNode, Edge>
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        // Without a click handler React Flow turns pointer events off on unselectable nodes.
        onNodeClick={(_, node) => (node.type === "action" ? onOpen(node.id) : node.type === "trigger" ? onOpenTrigger() : undefined)}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.25 }}
        minZoom={0.25}
        maxZoom={1.5}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        aria-label={t("label")}
        ariaLabelConfig={ariaLabels}
      >
        <FitOnChange layoutKey={layoutKey} />
        <Background gap={20} size={1} color="var(--canvas-dot)" />

        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          style={{ width: 160, height: 110 }}
          // Tokens (app/globals.css), so the canvas follows the theme: React Flow puts these in style attributes.
          nodeColor={(n) => (n.type === "trigger" ? "var(--logo-bg)" : n.type === "end" ? "var(--border-strong)" : "var(--accent)")}
          ariaLabel={t("minimap")}
        />
      </ReactFlow>
    </div>
  );
}

/** Keeps the whole chain in view when an action is added or removed, or the canvas changes width. */
function FitOnChange({ layoutKey }: { layoutKey: string }) {
  const { fitView } = useReactFlow();
  const previous = useRef(layoutKey);
  useEffect(() => {
    if (previous.current === layoutKey) return;
    previous.current = layoutKey;
    // After React Flow has measured the new node.
    const frame = requestAnimationFrame(() => void fitView({ maxZoom: 1, padding: 0.25, duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [layoutKey, fitView]);
  return null;
}
