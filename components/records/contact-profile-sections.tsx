import { useTranslations } from "next-intl";
import type { Format } from "@/lib/client/format";
import { useFormat } from "@/lib/client/use-format";
import type { RecordDetail } from "@/lib/client/records-api";
import styles from "./record-detail.module.css";

type Loose = Record<string, unknown>;

function str(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** HubSpot timestamps in these sections are epoch milliseconds (number or string). */
function when(value: unknown, format: Format): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  return format.dateTime(/^\d+$/.test(s) ? Number(s) : s);
}

function asObjects(items: unknown[]): Loose[] {
  return items.filter((item): item is Loose => typeof item === "object" && item !== null);
}

/** Form submissions, list memberships and identities: the parts of a HubSpot contact profile beyond properties. */
export function ContactProfileSections({ record }: { record: RecordDetail }) {
  const t = useTranslations("records.profile");
  /** HubSpot's identity types (EMAIL, LEAD_GUID) as people read them; another type as HubSpot sent it. */
  const identityType = (type: string | undefined) =>
    !type ? t("identity") : t.has(`identityTypes.${type}` as never) ? t(`identityTypes.${type}` as never) : type;
  const format = useFormat();
  const forms = asObjects(record.formSubmissions);
  const lists = asObjects(record.listMemberships);
  const identities = asObjects(record.identityProfiles).flatMap((profile) =>
    asObjects(Array.isArray(profile.identities) ? profile.identities : []),
  );

  return (
    <>
      <section className="card" aria-labelledby="form-submissions-title">
        <h2 id="form-submissions-title" className="section-title">
          {t("forms")} <span className="count">{forms.length}</span>
        </h2>
        {forms.length === 0 ? (
          <p className="muted">{t("noForms")}</p>
        ) : (
          <ul className={styles.detailList}>
            {forms.map((form, index) => {
              const title = str(form.title) ?? str(form["page-title"]) ?? t("form", { id: str(form["form-id"]) ?? index + 1 });
              const pageUrl = str(form["page-url"]);
              return (
                <li key={str(form["conversion-id"]) ?? index}>
                  <span className={styles.detailListTitle}>{title}</span>
                  {pageUrl && (
                    <span className={`${styles.detailListMeta} truncate`} title={pageUrl}>
                      {pageUrl}
                    </span>
                  )}
                  {when(form.timestamp, format) && <span className={styles.detailListMeta}>{when(form.timestamp, format)}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="list-memberships-title">
        <h2 id="list-memberships-title" className="section-title">
          {t("lists")} <span className="count">{lists.length}</span>
        </h2>
        {lists.length === 0 ? (
          <p className="muted">{t("noLists")}</p>
        ) : (
          <ul className={styles.detailList}>
            {lists.map((list, index) => {
              const listId = str(list["static-list-id"]) ?? str(list["internal-list-id"]);
              const name = str(list.name) ?? t("list", { id: listId ?? index + 1 });
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: stored list memberships may lack an id and repeat one; this read-only list never reorders, so its position keeps keys unique.
                <li key={`${listId ?? ""}-${index}`}>
                  <span className={styles.detailListTitle}>
                    {name}
                    {list["is-member"] === false && <span className="badge badge-muted badge-inline">{t("removed")}</span>}
                  </span>
                  {when(list.timestamp, format) && (
                    <span className={styles.detailListMeta}>{t("added", { when: when(list.timestamp, format) ?? "" })}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {identities.length > 0 && (
        <section className="card" aria-labelledby="identities-title">
          <h2 id="identities-title" className="section-title">
            {t("identities")} <span className="count">{identities.length}</span>
          </h2>
          <ul className={styles.detailList}>
            {identities.map((identity, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: identities carry no id and may repeat a value; this read-only list never reorders.
              <li key={index}>
                <span className={`${styles.detailListTitle} truncate`}>{str(identity.value) ?? "—"}</span>
                <span className={styles.detailListMeta}>
                  {identityType(str(identity.type))}
                  {identity["is-primary"] === true && ` · ${t("primary")}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
