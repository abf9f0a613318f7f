"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import styles from "./overflow-tooltip.module.css";

// The full text of a label cut short with an ellipsis ("plan (webhook trig…" in a picker, a long node
// title), shown under it on hover and on keyboard focus, where a title attribute shows nothing.
// Mounted once per page; it finds cut labels by their style, so no label has to opt in. Screen
// readers already get the whole text (it is all in the DOM), so the tooltip is for the eyes only.

/** Hover waits this long, as the browser's own tooltips do, so moving across the page shows nothing. */
const HOVER_DELAY_MS = 400;
/** How far up from the element under the pointer a cut label is looked for. */
const MAX_DEPTH = 4;

type Tip = { text: string; left: number; top: number; maxWidth: number };

function isCut(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.scrollWidth > element.clientWidth + 1 &&
    getComputedStyle(element).textOverflow === "ellipsis" &&
    !!element.textContent?.trim()
  );
}

/** The cut label under the pointer: the element itself or one of its nearest ancestors. */
function cutLabelAt(target: Element): HTMLElement | null {
  let element: Element | null = target;
  for (let depth = 0; element && depth < MAX_DEPTH; depth++, element = element.parentElement) {
    if (isCut(element)) return element;
  }
  return null;
}

/** The cut labels of a focused control: itself, or the cut parts inside it (a node's name and summary). */
function cutLabelsIn(control: Element): HTMLElement[] {
  if (isCut(control)) return [control];
  return [...control.querySelectorAll("*")].filter(isCut);
}

function tipFor(anchor: Element, labels: HTMLElement[]): Tip | null {
  const text = labels.map((label) => label.textContent?.trim() ?? "").join("\n");
  if (!text) return null;
  const rect = anchor.getBoundingClientRect();
  const maxWidth = Math.min(480, window.innerWidth - 16);
  return { text, left: Math.max(8, Math.min(rect.left, window.innerWidth - maxWidth - 8)), top: rect.bottom + 6, maxWidth };
}

export function OverflowTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);
  const anchor = useRef<Element | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(timer);
      anchor.current = null;
      setTip(null);
    };
    const onPointerOver = (event: PointerEvent) => {
      if (!(event.target instanceof Element) || event.pointerType === "touch") return;
      const label = cutLabelAt(event.target);
      if (label === anchor.current) return;
      hide();
      if (!label) return;
      anchor.current = label;
      timer = setTimeout(() => {
        if (anchor.current === label && label.isConnected) setTip(tipFor(label, [label]));
      }, HOVER_DELAY_MS);
    };
    const onFocusIn = (event: FocusEvent) => {
      // Keyboard focus only: a click already has the pointer on the label.
      if (!(event.target instanceof Element) || !event.target.matches(":focus-visible")) return;
      hide();
      const labels = cutLabelsIn(event.target);
      if (!labels.length) return;
      anchor.current = event.target;
      setTip(tipFor(event.target, labels));
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.target === anchor.current) hide();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && anchor.current) hide();
    };
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    document.addEventListener("keydown", onKeyDown, true);
    // Whatever scrolls or resizes moves the label away from its tooltip.
    window.addEventListener("scroll", hide, true);
    window.addEventListener("resize", hide);
    window.addEventListener("wheel", hide, { passive: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("keydown", onKeyDown, true);
      window.removeEventListener("scroll", hide, true);
      window.removeEventListener("resize", hide);
      window.removeEventListener("wheel", hide);
    };
  }, []);

  if (!tip) return null;
  return createPortal(
    <div role="tooltip" className={styles.tooltip} style={{ left: tip.left, top: tip.top, maxWidth: tip.maxWidth }}>
      {tip.text}
    </div>,
    document.body,
  );
}
