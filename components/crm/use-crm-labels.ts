import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Role } from "@/lib/auth/roles";
import type { ObjectType } from "@/lib/crm/object-types";
import type { PropertyDefinition, PropertyType } from "@/lib/crm/property-definitions";

// Names the code keeps in English (lib/crm, lib/auth, lib/audit) as the signed-in user's language
// reads them, from the crm and accounts catalogs. lib/i18n/crm-labels.test.ts checks that every
// object type, role, audit action and default property has its keys in every language.

/** The catalog key of a default property group (PropertyDefinition.group is its English heading). */
export const PROPERTY_GROUP_KEYS: Record<string, "system" | "contact" | "company" | "deal" | "ticket" | "custom"> = {
  System: "system",
  "Contact information": "contact",
  "Company information": "company",
  "Deal information": "deal",
  "Ticket information": "ticket",
  "Custom properties": "custom",
};

/** An object type's singular and plural name ("Contact", "Contacts"; 연락처); an unknown one as sent. */
export function useObjectTypeLabel(): (type: ObjectType) => { singular: string; plural: string } {
  const t = useTranslations("crm.objectTypes");
  return useCallback(
    (type) =>
      t.has(`${type}.singular`) ? { singular: t(`${type}.singular`), plural: t(`${type}.plural`) } : { singular: type, plural: type },
    [t],
  );
}

/** A property type as Settings → Properties names it ("Single-line text"). */
export function usePropertyTypeLabel(): (type: PropertyType) => string {
  const t = useTranslations("crm.propertyTypes");
  return useCallback((type) => t(type), [t]);
}

/** A role as people read it ("Viewer", "Admin"). */
export function useRoleName(): (role: Role) => string {
  const t = useTranslations("accounts.roles");
  return useCallback((role) => t(role), [t]);
}

/** An audit log action as people read it ("Workflow turned on"); an unknown one as recorded. */
export function useAuditActionLabel(): (action: AuditAction | string) => string {
  const t = useTranslations("accounts.auditActions");
  return useCallback((action) => (t.has(action as AuditAction) ? t(action as AuditAction) : action), [t]);
}

/** What an audit entry is about ("workflow", "capture_url") as people read it; an unknown type as recorded. */
export function useAuditTargetLabel(): (type: string) => string {
  const t = useTranslations("accounts.auditTargets");
  return useCallback((type) => (t.has(type as never) ? t(type as never) : type), [t]);
}

/**
 * The object type's property definitions with HubSpot's default properties' labels, groups and
 * option labels in the user's language; custom properties keep the label their maker typed.
 * Names and option values (what workflows store) are unchanged.
 */
export function useLocalizeProperties(objectType: ObjectType): <D extends PropertyDefinition>(definitions: D[]) => D[] {
  const t = useTranslations("crm");
  return useCallback(
    <D extends PropertyDefinition>(definitions: D[]): D[] =>
      definitions.map((definition) => {
        const groupKey = Object.hasOwn(PROPERTY_GROUP_KEYS, definition.group) ? PROPERTY_GROUP_KEYS[definition.group] : undefined;
        const group = groupKey ? t(`propertyGroups.${groupKey}`) : definition.group;
        if (definition.custom) return { ...definition, group };
        const labelKey = `properties.${objectType}.${definition.name}` as const;
        const label = t.has(labelKey as never) ? t(labelKey as never) : definition.label;
        const options = definition.options?.map((option) => {
          const optionKey = `propertyOptions.${definition.name}.${option.value}`;
          return t.has(optionKey as never) ? { ...option, label: t(optionKey as never) } : option;
        });
        return { ...definition, label, group, ...(options ? { options } : {}) };
      }),
    [t, objectType],
  );
}
