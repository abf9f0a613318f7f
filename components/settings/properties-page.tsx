"use client";

import { useQuery } from "@tanstack/react-query";
import { ListTree, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { useLocalizeProperties, useObjectTypeLabel, usePropertyTypeLabel } from "@/components/crm/use-crm-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { SelectField } from "@/components/ui/select-field";
import { propertiesApi } from "@/lib/client/properties-api";
import { queryKeys } from "@/lib/client/query-keys";
import { OBJECT_TYPES, type ObjectType } from "@/lib/crm/object-types";
import { CreatePropertyDialog } from "./create-property-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import styles from "./properties-page.module.css";
import { UsedByCell } from "./used-by-cell";

/** Settings → Properties: each object type's properties, HubSpot's defaults and custom ones. */
export function PropertiesPage() {
  const t = useTranslations("settings.properties");
  const common = useTranslations("settings.common");
  const [objectType, setObjectType] = useState<ObjectType>("contact");
  const objectTypeLabel = useObjectTypeLabel();
  const typeLabel = usePropertyTypeLabel();
  const properties = useQuery({
    queryKey: queryKeys.properties(objectType),
    queryFn: ({ signal }) => propertiesApi.list(objectType, signal),
    select: useLocalizeProperties(objectType),
  });
  const admin = useRoleGuard("ADMIN", t("manage"));
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const objectLabel = objectTypeLabel(objectType).singular;
  const deletingUsers = properties.data?.find((p) => p.name === deleting)?.usedBy ?? [];

  return (
    <div className="page">
      <PageHeader
        eyebrow={common("eyebrow")}
        title={t("title")}
        description={t("description")}
        actions={
          <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)} {...admin.control}>
            {t("create")}
          </Button>
        }
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <div className={styles.toolbar}>
        <SelectField
          label={t("object")}
          options={OBJECT_TYPES.map((value) => ({ value, label: objectTypeLabel(value).plural }))}
          value={objectType}
          onChange={(event) => setObjectType(event.target.value as ObjectType)}
        />
      </div>

      <QueryTable
        query={properties}
        loadingLabel={t("loading")}
        loadingRows={6}
        errorTitle={t("loadError")}
        empty={
          <EmptyState icon={<ListTree size={28} />} title={t("emptyTitle")}>
            {t("emptyText")}
          </EmptyState>
        }
        caption={t("caption", { object: objectLabel })}
        columns={
          <>
            <th scope="col">{t("label")}</th>
            <th scope="col">{t("internalName")}</th>
            <th scope="col">{t("fieldType")}</th>
            <th scope="col">{t("group")}</th>
            <th scope="col">{common("usedBy")}</th>
            <th scope="col">
              <span className="visually-hidden">{common("manage")}</span>
            </th>
          </>
        }
      >
        {(property) => (
          <tr key={property.name}>
            <th scope="row" className="cell-primary">
              {property.label} {property.readOnly && <Badge tone="neutral">{t("readOnly")}</Badge>}
            </th>
            <td className="mono">{property.name}</td>
            <td>
              {typeLabel(property.type)}
              {property.options && <span className="muted">{t("optionCount", { count: property.options.length })}</span>}
            </td>
            <td>{property.group}</td>
            <UsedByCell workflows={property.usedBy} />
            <td className="cell-actions">
              {property.custom && (
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn-ghost-danger"
                  icon={<Trash2 className="btn-icon" aria-hidden />}
                  aria-label={common("deleteAria", { name: property.label })}
                  onClick={() => setDeleting(property.name)}
                  // A property a workflow uses cannot be deleted (the API refuses it too): change the workflow first.
                  {...(property.usedBy.length > 0 ? { disabled: true, title: t("usedTitle") } : {})}
                  {...admin.control}
                >
                  {common("delete")}
                </Button>
              )}
            </td>
          </tr>
        )}
      </QueryTable>

      <CreatePropertyDialog
        open={creating}
        onOpenChange={setCreating}
        objectType={objectType}
        onCreated={(type, label) => {
          setObjectType(type);
          setStatus(t("created", { label }));
        }}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle")}
        confirmLabel={t("deleteConfirm")}
        subject={t.rich("deleteSubject", { name: deleting ?? "", mono: (chunks) => <span className="mono">{chunks}</span> })}
        usedBy={deletingUsers}
        // Only when a workflow started using it after the list was loaded: the API refuses, and says so below.
        whenUsed={(names) => t("whenUsed", { names })}
        remove={(name) => propertiesApi.remove(objectType, name)}
        queryKey={queryKeys.properties(objectType)}
        onDeleted={(name) => setStatus(t("deleted", { name }))}
      />
    </div>
  );
}
