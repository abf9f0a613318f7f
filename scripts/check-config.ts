// Imported first by the scripts npm start, npm run dev and npm run worker run (ES modules run
// their imports in order, so before any other module reads the configuration): a bad
// environment variable stops the start here, with a message naming it and what is allowed.
import { configOrExit } from "../lib/config";

configOrExit();
