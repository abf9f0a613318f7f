"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { ACTION_TYPES, type ActionType } from "@/lib/actions/action-registry";
import { actionViews } from "@/components/actions/action-views";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import panelStyles from "./side-panel.module.css";
import styles from "./action-picker.module.css";

/** The side panel that lists action types by group; choosing one inserts it. */
export function ActionPicker({ onChoose, onClose }: { onChoose: (type: ActionType) => void; onClose: () => void }) {
  const t = useTranslations("editor.picker");
  const [q, setQ] = useState("");
  const searchId = useId();
  const headingId = useId();
  const text = useActionTypeText();

  // Searched and sorted as shown: in the viewer's language.
  const groups = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    const byGroup = new Map<string, ActionType[]>();
    for (const type of ACTION_TYPES) {
      const group = text.group(type);
      if (needle && ![text.label(type), text.description(type), group].some((words) => words.toLocaleLowerCase().includes(needle)))
        continue;
      byGroup.set(group, [...(byGroup.get(group) ?? []), type]);
    }
    return [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [q, text]);

  return (
    <aside className={panelStyles.panel} aria-labelledby={headingId}>
      <div className={panelStyles.header}>
        <h2 id={headingId} className={panelStyles.title}>
          {t("title")}
        </h2>
        <button type="button" className="icon-btn" aria-label={t("close")} onClick={onClose}>
          <X size={18} aria-hidden />
        </button>
      </div>
      <div className={panelStyles.body}>
        <label htmlFor={searchId} className="visually-hidden">
          {t("search")}
        </label>
        <div className={`search-box ${styles.search}`}>
          <Search size={16} aria-hidden className="search-icon" />
          <input
            id={searchId}
            type="search"
            className="input search-input"
            placeholder={t("search")}
            // biome-ignore lint/a11y/noAutofocus: the picker was just opened to choose an action; typing filters the list straight away.
            autoFocus
            value={q}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={(event) => {
              const first = groups[0]?.[1][0];
              if (event.key === "Enter" && first) onChoose(first);
              if (event.key === "Escape") onClose();
            }}
          />
        </div>
        {groups.length === 0 ? (
          <p className="muted">{t("noMatch", { query: q.trim() })}</p>
        ) : (
          groups.map(([group, types]) => (
            <section key={group} className={styles.group} aria-label={group}>
              <h3 className={styles.groupTitle}>{group}</h3>
              <ul className={styles.list}>
                {types.map((type) => {
                  const Icon = actionViews[type].icon;
                  return (
                    <li key={type}>
                      <button type="button" className={styles.item} onClick={() => onChoose(type)}>
                        <span className="wf-node-icon" aria-hidden>
                          <Icon size={16} />
                        </span>
                        <span className={styles.text}>
                          <span className={styles.label}>{text.label(type)}</span>
                          <span className={styles.description}>{text.description(type)}</span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))
        )}
      </div>
    </aside>
  );
}
