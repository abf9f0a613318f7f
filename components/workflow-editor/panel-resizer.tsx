"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from "./use-panel-width";
import styles from "./workflow-editor.module.css";

/** Keyboard steps: an arrow moves the edge this far, with Shift further. */
const STEP = 16;
const BIG_STEP = 64;
/** The canvas keeps at least this much room beside the panel. */
const CANVAS_MIN_WIDTH = 280;

type PanelResizerProps = {
  width: number;
  onResize: (width: number, persist?: boolean) => void;
  /** The panel this handle resizes. */
  panelId: string;
};

/**
 * The side panel's left edge as a handle: drag it, or focus it and use the arrow keys (Left widens the
 * panel, Right narrows it, Shift for bigger steps, Home and End for the narrowest and widest).
 */
export function PanelResizer({ width, onResize, panelId }: PanelResizerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ pointerId: number; startX: number; startWidth: number } | null>(null);

  // The panel is on the right: moving the edge left by n pixels makes it n pixels wider. The
  // canvas keeps some room, so the widest the panel gets also depends on the window.
  const widest = () => {
    const editor = ref.current?.closest("[data-workflow-editor]")?.getBoundingClientRect().width ?? Number.POSITIVE_INFINITY;
    return Math.max(PANEL_MIN_WIDTH, Math.min(PANEL_MAX_WIDTH, editor - CANVAS_MIN_WIDTH));
  };
  const t = useTranslations("editor.resizer");
  const resize = (next: number, persist?: boolean) => onResize(Math.min(widest(), next), persist);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter has no HTML element; <hr> cannot take focus or keys.
    <div
      ref={ref}
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t("label")}
      aria-controls={panelId}
      aria-valuenow={width}
      aria-valuemin={PANEL_MIN_WIDTH}
      aria-valuemax={PANEL_MAX_WIDTH}
      aria-valuetext={t("value", { width })}
      title={t("title")}
      className={styles.resizer}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus({ preventScroll: true });
        drag.current = { pointerId: event.pointerId, startX: event.clientX, startWidth: width };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        resize(current.startWidth + (current.startX - event.clientX), false);
      }}
      onPointerUp={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        drag.current = null;
        resize(current.startWidth + (current.startX - event.clientX), true);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const step = event.shiftKey ? BIG_STEP : STEP;
        const next =
          event.key === "ArrowLeft"
            ? width + step
            : event.key === "ArrowRight"
              ? width - step
              : event.key === "Home"
                ? PANEL_MIN_WIDTH
                : event.key === "End"
                  ? PANEL_MAX_WIDTH
                  : null;
        if (next === null) return;
        event.preventDefault();
        resize(next);
      }}
    />
  );
}
