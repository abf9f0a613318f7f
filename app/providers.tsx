"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { TimeZoneSync } from "@/components/app-shell/time-zone-sync";
import { ApiRequestError } from "@/lib/client/api-fetch";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A 4xx (not found, bad input) will not change on retry; only network and 5xx errors might.
        retry: (failureCount, error) =>
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser session; created in state so a re-render does not discard the cache.
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TimeZoneSync />
      {children}
    </QueryClientProvider>
  );
}
