// /api/inspector/bins/:id/captures/:captureId — the old path of /api/inspector/capture-urls/:id/captures/:captureId, kept working for existing callers
export { GET, POST, PUT, PATCH, DELETE } from "../../../../capture-urls/[id]/captures/[captureId]/route";
