"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, ExternalLink, Plus, RadioTower } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { errorMessage } from "@/lib/client/api-fetch";
import { inspectorApi } from "@/lib/client/inspector-api";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * "Send to the request inspector": fills the Webhook URL with one of the built-in capture URLs,
 * or creates one, so a workflow can be tried before any outside endpoint exists.
 */
export function CaptureUrlMenu({ onPick }: { onPick: (url: string) => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const overview = useQuery({ queryKey: queryKeys.inspector, queryFn: ({ signal }) => inspectorApi.overview(signal), enabled: open });
  const create = useMutation({
    mutationFn: () => inspectorApi.create({}),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      onPick(created.url);
    },
  });
  const captureUrls = overview.data?.captureUrls ?? [];

  return (
    <div className="capture-url-menu">
      <DropdownMenu.Root open={open} onOpenChange={setOpen}>
        <DropdownMenu.Trigger className="btn btn-ghost btn-sm">
          <RadioTower className="btn-icon" aria-hidden />
          Send to the request inspector
          <ChevronDown size={14} aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="picker-popover capture-url-menu-content" align="start" sideOffset={4} collisionPadding={12}>
            {overview.isPending && <p className="picker-note">Loading capture URLs…</p>}
            {overview.isError && <p className="picker-note">Could not load the capture URLs: {errorMessage(overview.error)}</p>}
            {captureUrls.length > 0 && (
              <DropdownMenu.Group className="picker-list">
                <DropdownMenu.Label className="picker-group-title">Capture URLs</DropdownMenu.Label>
                {captureUrls.map((captureUrl) => (
                  <DropdownMenu.Item key={captureUrl.id} className="picker-option" onSelect={() => onPick(captureUrl.url)}>
                    <span>{captureUrl.name}</span>
                    <span className="picker-option-meta">
                      {captureUrl.captureCount} {captureUrl.captureCount === 1 ? "request" : "requests"}
                    </span>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Group>
            )}
            <DropdownMenu.Separator className="capture-url-menu-separator" />
            <DropdownMenu.Item className="picker-option" disabled={create.isPending} onSelect={() => create.mutate()}>
              <span>
                <Plus size={14} aria-hidden /> New capture URL
              </span>
            </DropdownMenu.Item>
            <DropdownMenu.Item className="picker-option" asChild>
              <a href="/settings/inspector" target="_blank" rel="noreferrer">
                <span>
                  <ExternalLink size={14} aria-hidden /> Open the Request inspector
                </span>
              </a>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {create.error && <p className="field-error">Could not create a capture URL: {errorMessage(create.error)}</p>}
    </div>
  );
}
