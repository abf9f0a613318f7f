// /api/inspector/bins/:id/captures — the old path of /api/inspector/capture-urls/:id/captures, kept working for existing callers
export { GET, DELETE, POST, PUT, PATCH } from "../../../capture-urls/[id]/captures/route";
