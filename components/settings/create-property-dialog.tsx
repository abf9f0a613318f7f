"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useObjectTypeLabel, usePropertyTypeLabel } from "@/components/crm/use-crm-labels";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import styles from "./properties-page.module.css";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useErrorText } from "@/lib/client/error-text";
import { propertiesApi } from "@/lib/client/properties-api";
import { queryKeys } from "@/lib/client/query-keys";
import { OBJECT_TYPES, type ObjectType } from "@/lib/crm/object-types";
import { createPropertySchema, nameFromLabel, PROPERTY_TYPES, type PropertyType } from "@/lib/crm/property-definitions";

/** A dropdown's options from the text box: one label per line, each with an internal value made from it. */
const optionsFrom = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label) => ({ value: nameFromLabel(label) || label, label }));

export function CreatePropertyDialog({
  open,
  onOpenChange,
  objectType: initialType,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  objectType: ObjectType;
  onCreated: (objectType: ObjectType, label: string) => void;
}) {
  const t = useTranslations("settings.properties.createDialog");
  const common = useTranslations("settings.common");
  const errorText = useErrorText();
  const objectTypeLabel = useObjectTypeLabel();
  const typeLabel = usePropertyTypeLabel();
  const queryClient = useQueryClient();
  const [objectType, setObjectType] = useState<ObjectType>(initialType);
  const [label, setLabel] = useState("");
  // Made from the label until the user types one of their own.
  const [name, setName] = useState<string | null>(null);
  const [type, setType] = useState<PropertyType>("string");
  const [optionsText, setOptionsText] = useState("");
  const options = optionsFrom(optionsText);
  const form = useSchemaForm({
    schema: createPropertySchema,
    mutationFn: propertiesApi.create,
    onSuccess: (property) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.properties(objectType) });
      close(false);
      onCreated(objectType, property.label);
    },
    onError: (error) =>
      error instanceof ApiRequestError && error.code === "CONFLICT" ? { errors: { name: errorText(error) }, formError: null } : undefined,
    detailsMessage: common("fixFields"),
  });

  function close(next: boolean) {
    if (!next) {
      setLabel("");
      setName(null);
      setType("string");
      setOptionsText("");
      form.reset();
    } else setObjectType(initialType);
    onOpenChange(next);
  }

  const internalName = name ?? nameFromLabel(label);
  const optionsError = Object.entries(form.errors).find(([path]) => path.startsWith("options"))?.[1];

  return (
    <ModalDialog open={open} onOpenChange={close} dismissible={!form.isPending} title={t("title")} description={t("description")}>
      <SchemaForm
        form={form}
        onSubmit={(event) =>
          form.submit(event, {
            objectType,
            label,
            name: internalName,
            type,
            ...(type === "enumeration" ? { options } : {}),
          })
        }
        onCancel={() => close(false)}
        submitLabel={t("submit")}
        autoComplete="off"
      >
        <SelectField
          label={t("objectType")}
          options={OBJECT_TYPES.map((value) => ({ value, label: objectTypeLabel(value).singular }))}
          value={objectType}
          error={form.errors.objectType}
          onChange={(event) => setObjectType(event.target.value as ObjectType)}
        />
        <TextField
          label={t("label")}
          value={label}
          maxLength={100}
          error={form.errors.label}
          onChange={(event) => setLabel(event.target.value)}
          placeholder={t("labelPlaceholder")}
          autoFocus
        />
        <TextField
          label={t("internalName")}
          value={internalName}
          maxLength={100}
          spellCheck={false}
          error={form.errors.name}
          hint={t("internalNameHint")}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t("fieldType")}
          options={PROPERTY_TYPES.map((value) => ({ value, label: typeLabel(value) }))}
          value={type}
          error={form.errors.type}
          onChange={(event) => setType(event.target.value as PropertyType)}
        />
        {type === "enumeration" && (
          <div className="field">
            <label className="field-label" htmlFor="property-options">
              {t("options")}
            </label>
            <textarea
              id="property-options"
              className={`input ${styles.options}`}
              rows={4}
              value={optionsText}
              aria-invalid={optionsError ? true : undefined}
              aria-describedby="property-options-hint"
              onChange={(event) => setOptionsText(event.target.value)}
              placeholder={t("optionsPlaceholder")}
            />
            <p className="field-hint" id="property-options-hint">
              {t("optionsHint")}
              {options.length > 0 && t("internalValues", { values: options.map((option) => option.value).join(", ") })}
            </p>
            {optionsError && <p className="field-error">{optionsError}</p>}
          </div>
        )}
      </SchemaForm>
    </ModalDialog>
  );
}
