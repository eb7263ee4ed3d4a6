// Programmatic entry points of the CLI (tests use them; nothing else imports the CLI).
export { buildProgram, main } from "./main";
export { loadConfig, type BuildConfig } from "./config";
export { formatEvent, formatEventReport } from "./report-events";
