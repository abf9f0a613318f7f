"use client";

import { useQuery } from "@tanstack/react-query";
import { ListTree, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { SelectField } from "@/components/ui/select-field";
import { propertiesApi } from "@/lib/client/properties-api";
import { queryKeys } from "@/lib/client/query-keys";
import { OBJECT_TYPE_LABELS, OBJECT_TYPES, type ObjectType } from "@/lib/crm/object-types";
import { PROPERTY_TYPE_LABELS } from "@/lib/crm/property-definitions";
import { CreatePropertyDialog } from "./create-property-dialog";
import { DeleteUsedDialog } from "./delete-used-dialog";
import styles from "./properties-page.module.css";
import { UsedByCell } from "./used-by-cell";

/** Settings → Properties: each object type's properties, HubSpot's defaults and custom ones. */
export function PropertiesPage() {
  const [objectType, setObjectType] = useState<ObjectType>("contact");
  const properties = useQuery({
    queryKey: queryKeys.properties(objectType),
    queryFn: ({ signal }) => propertiesApi.list(objectType, signal),
  });
  const admin = useRoleGuard("ADMIN", "Creating and deleting properties");
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const objectLabel = OBJECT_TYPE_LABELS[objectType].singular;
  const deletingUsers = properties.data?.find((p) => p.name === deleting)?.usedBy ?? [];

  return (
    <div className="page">
      <PageHeader
        eyebrow="Settings"
        title="Properties"
        description="What each record holds: HubSpot's default properties and your custom ones. Set property value actions and webhook triggers set only these, and values are checked against the property's type."
        actions={
          <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)} {...admin.control}>
            Create property
          </Button>
        }
      />
      {admin.note}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <div className={styles.toolbar}>
        <SelectField
          label="Object"
          options={OBJECT_TYPES.map((value) => ({ value, label: OBJECT_TYPE_LABELS[value].plural }))}
          value={objectType}
          onChange={(event) => setObjectType(event.target.value as ObjectType)}
        />
      </div>

      <QueryTable
        query={properties}
        loadingLabel="Loading properties…"
        loadingRows={6}
        errorTitle="Could not load the properties"
        empty={
          <EmptyState icon={<ListTree size={28} />} title="No properties">
            This object type has no properties.
          </EmptyState>
        }
        caption={`${objectLabel} properties`}
        columns={
          <>
            <th scope="col">Label</th>
            <th scope="col">Internal name</th>
            <th scope="col">Field type</th>
            <th scope="col">Group</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
            </th>
          </>
        }
      >
        {(property) => (
          <tr key={property.name}>
            <th scope="row" className="cell-primary">
              {property.label} {property.readOnly && <Badge tone="neutral">Read only</Badge>}
            </th>
            <td className="mono">{property.name}</td>
            <td>
              {PROPERTY_TYPE_LABELS[property.type]}
              {property.options && <span className="muted"> · {property.options.length} options</span>}
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
                  aria-label={`Delete ${property.label}`}
                  onClick={() => setDeleting(property.name)}
                  // A property a workflow uses cannot be deleted (the API refuses it too): change the workflow first.
                  {...(property.usedBy.length > 0 ? { disabled: true, title: "Used by a workflow: change the workflow first" } : {})}
                  {...admin.control}
                >
                  Delete
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
          setStatus(`Property ${label} created.`);
        }}
      />
      <DeleteUsedDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title="Delete property?"
        confirmLabel="Delete property"
        subject={
          <>
            The property <span className="mono">{deleting}</span> (records keep their values and history)
          </>
        }
        usedBy={deletingUsers}
        // Only when a workflow started using it after the list was loaded: the API refuses, and says so below.
        whenUsed={(names) => `Workflows use it: ${names}.`}
        remove={(name) => propertiesApi.remove(objectType, name)}
        queryKey={queryKeys.properties(objectType)}
        onDeleted={(name) => setStatus(`Property ${name} deleted.`)}
      />
    </div>
  );
}
