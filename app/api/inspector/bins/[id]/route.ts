// /api/inspector/bins/:id — the old path of /api/inspector/capture-urls/:id, kept working for existing callers
export { GET, PATCH, DELETE, POST, PUT } from "../../capture-urls/[id]/route";
