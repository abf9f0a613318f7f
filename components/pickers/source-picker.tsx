"use client";

import { Check, ChevronDown, Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import styles from "./picker.module.css";

// The one picker of the editor: a select-like button opening a searchable popover of grouped
// options (record properties, webhook trigger fields, earlier actions' outputs). Each option shows
// its label with its internal name or type secondary; search matches either. value-pickers.tsx
// builds the groups for each use.

export type PickerOption<S> = { key: string; label: string; secondary?: string; source: S };

export type PickerGroup<S> = {
  title: string;
  options: PickerOption<S>[];
  /** Shown in place of the options while they load, or when they could not be loaded. */
  status?: string;
  /** An option made from what was typed (e.g. a payload field path), when the group has no exact match. */
  typed?: (term: string) => { source: S; text: ReactNode } | null;
  /** Shown when nothing matches and nothing typed can be used. */
  hint?: string;
};

type Props<S> = {
  /** Names the button for assistive tech, e.g. "Property of row 2"; the chosen value follows it. */
  label: string;
  /** The chosen value as shown on the button; null when nothing is chosen yet. */
  display: string | null;
  placeholder: string;
  groups: PickerGroup<S>[];
  isSelected: (source: S) => boolean;
  onChange: (source: S) => void;
  /** A link below the list, e.g. to Settings → Properties. */
  footer?: { href: string; text: string };
  /** For a <label htmlFor>; the button's name still says what is chosen. */
  id?: string;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: () => void;
};

const matches = (option: { label: string; secondary?: string }, term: string) =>
  !term || option.label.toLowerCase().includes(term) || Boolean(option.secondary?.toLowerCase().includes(term));

export function SourcePicker<S>({
  label,
  display,
  placeholder,
  groups,
  isSelected,
  onChange,
  footer,
  id,
  invalid,
  describedBy,
  onBlur,
}: Props<S>) {
  const t = useTranslations("pickers");
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const term = search.trim().toLowerCase();
  const shown = groups.map((group) => {
    const options = group.options.filter((option) => matches(option, term));
    const exact = group.options.some((option) => option.label === search.trim() || option.secondary === search.trim());
    return { ...group, options, typedOption: term && !exact ? (group.typed?.(search.trim()) ?? null) : null };
  });

  const choose = (source: S) => {
    onChange(source);
    setOpen(false);
    setSearch("");
  };

  // Arrow keys move between the options (Tab works too).
  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const options = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-option]") ?? []);
    if (options.length === 0) return;
    event.preventDefault();
    const index = options.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === "ArrowDown" ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
    options[index === -1 ? 0 : next].focus();
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        id={id}
        className={display === null ? `input ${styles.trigger} ${styles.empty}` : `input ${styles.trigger}`}
        aria-label={`${label}: ${display ?? placeholder}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onBlur={onBlur}
      >
        <span className={styles.value}>{display ?? placeholder}</span>
        <ChevronDown aria-hidden size={16} className={styles.chevron} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.popover} align="start" sideOffset={4} collisionPadding={12} aria-label={label}>
          <div className={styles.search}>
            <Search aria-hidden size={16} />
            <input
              className={styles.searchInput}
              aria-label={t("search")}
              placeholder={t("searchPlaceholder")}
              value={search}
              // biome-ignore lint/a11y/noAutofocus: the popover was just opened to search; focus belongs in its search box (Radix returns it to the trigger on close).
              autoFocus
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "ArrowDown") onListKeyDown(event);
                if (event.key === "Enter") {
                  event.preventDefault();
                  listRef.current?.querySelector<HTMLButtonElement>("button[data-option]")?.click();
                }
              }}
            />
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the option buttons inside; the list itself is not a control and takes no focus. */}
          <div className={styles.list} ref={listRef} onKeyDown={onListKeyDown}>
            {shown.map((group) => (
              // biome-ignore lint/a11y/useSemanticElements: a labelled group of option buttons in a popover, not form fields; a fieldset's legend and border do not fit.
              <div role="group" key={group.title} aria-label={group.title}>
                <p className={styles.groupTitle} aria-hidden>
                  {group.title}
                </p>
                {group.status && <p className={styles.note}>{group.status}</p>}
                {group.options.map((option) => {
                  const selected = isSelected(option.source);
                  return (
                    <button
                      type="button"
                      key={option.key}
                      data-option
                      className={styles.option}
                      aria-pressed={selected}
                      onClick={() => choose(option.source)}
                    >
                      <span className={styles.optionText}>
                        <span>{option.label}</span>
                        {option.secondary && <span className={styles.optionMeta}>{option.secondary}</span>}
                      </span>
                      {selected && <Check aria-hidden size={14} />}
                    </button>
                  );
                })}
                {group.typedOption && (
                  <button type="button" data-option className={styles.option} onClick={() => choose(group.typedOption!.source)}>
                    <span>{group.typedOption.text}</span>
                  </button>
                )}
                {!group.status && group.options.length === 0 && !group.typedOption && (
                  <p className={styles.note}>{term ? t("noMatches") : (group.hint ?? t("noneYet"))}</p>
                )}
              </div>
            ))}
          </div>
          {footer && (
            <Link className={styles.footer} href={footer.href}>
              {footer.text}
            </Link>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
