"use client";

import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useInitialOpen } from "./expand-context";
import styles from "./json-tree.module.css";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Deeper levels start closed so a large answer opens at a readable size; "Open all" shows everything.
const OPEN_DEPTH = 2;

function Scalar({ value }: { value: Json }) {
  // JSON's own null, the same in every language.
  if (value === null) return <span className={styles.null}>{JSON.stringify(value)}</span>;
  if (typeof value === "string") return <span className={styles.string}>{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span className={styles.number}>{String(value)}</span>;
  if (typeof value === "boolean") return <span className={styles.boolean}>{String(value)}</span>;
  return null;
}

function Key({ name }: { name?: string | number }) {
  if (name === undefined) return null;
  return typeof name === "number" ? null : <span className={styles.key}>{JSON.stringify(name)}: </span>;
}

function JsonNode({ name, value, depth, last }: { name?: string | number; value: Json; depth: number; last: boolean }) {
  const t = useTranslations("exchange.json");
  const isContainer = value !== null && typeof value === "object";
  const [open, setOpen] = useState(useInitialOpen(depth < OPEN_DEPTH));
  const comma = last ? "" : ",";
  if (!isContainer) {
    return (
      <div className={styles.line}>
        <Key name={name} />
        <Scalar value={value} />
        {comma}
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string | number, Json][] = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [start, end] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div className={styles.line}>
        <Key name={name} />
        {start}
        {end}
        {comma}
      </div>
    );
  }
  const count = t(isArray ? "items" : "keys", { count: entries.length });
  const what = typeof name === "string" ? `"${name}"` : typeof name === "number" ? t("item", { index: name }) : t("theBody");
  return (
    <div className="jt-node">
      <div className={styles.line}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-label={t(open ? "collapse" : "expand", { what, count })}
          onClick={() => setOpen(!open)}
        >
          <ChevronRight aria-hidden size={12} className="xv-chevron" />
        </button>
        <Key name={name} />
        {start}
        {!open && (
          <>
            <button type="button" className={styles.ellipsis} tabIndex={-1} aria-hidden onClick={() => setOpen(true)}>
              … {count}
            </button>
            {end}
            {comma}
          </>
        )}
      </div>
      {open && (
        <>
          <div className={styles.children}>
            {entries.map(([key, child], i) => (
              <JsonNode key={key} name={key} value={child} depth={depth + 1} last={i === entries.length - 1} />
            ))}
          </div>
          <div className={styles.line}>
            {end}
            {comma}
          </div>
        </>
      )}
    </div>
  );
}

/** A JSON value as an indented tree whose objects and arrays open and close one by one. */
export function JsonTree({ value }: { value: unknown }) {
  return (
    <div className={`${styles.tree} mono`}>
      <JsonNode value={value as Json} depth={0} last />
    </div>
  );
}
