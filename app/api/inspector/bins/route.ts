// /api/inspector/bins — the old path of /api/inspector/capture-urls, kept working for existing callers
export { POST, GET, PUT, PATCH, DELETE } from "../capture-urls/route";
