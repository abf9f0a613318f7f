// How many hook events a workflow keeps, in a file of its own: the Trigger events tab shows the
// figure, and the browser must not load hook-event-store.ts, which reads and writes the database.

/** Events kept per workflow, newest first. */
export const HOOK_EVENTS_KEPT = 100;
