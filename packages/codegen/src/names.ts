/**
 * Naming rules for generated TypeScript: folder names, method names and doc comments.
 */

/** Splits `GetHTTPStatus2Code` into `["Get", "HTTP", "Status2", "Code"]`. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter((w) => w.length > 0);
}

/** `TicketService` → `ticket-service`: the per-service output folder. */
export function kebabCase(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join("-");
}

/** `GetTicket` → `getTicket`, `HTTPPing` → `httpPing`: interface method names. */
export function lowerCamelCase(name: string): string {
  const parts = words(name);
  return parts
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}

/** `ticket` → `Ticket`. */
export function upperFirst(name: string): string {
  return name.length === 0 ? name : name[0]!.toUpperCase() + name.slice(1);
}

/** `Ticket` → `ticket`, `HTTPHeader` → `httpHeader`: local function-name stems. */
export function lowerFirst(name: string): string {
  const lead = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(name)?.[0];
  if (lead && lead.length > 1) return lead.toLowerCase() + name.slice(lead.length);
  return name.length === 0 ? name : name[0]!.toLowerCase() + name.slice(1);
}

/** `SCREAMING_CASE` for module-level constants: `ticketTitle` → `TICKET_TITLE`. */
export function constantCase(name: string): string {
  return words(name)
    .map((w) => w.toUpperCase())
    .join("_");
}

/**
 * A TSDoc block from Smithy's `@documentation` (CommonMark) plus extra tag lines, indented by
 * the formatter later. Returns "" when there is nothing to say.
 */
export function docComment(text: string | undefined, tags: readonly string[] = []): string {
  const lines: string[] = [];
  if (text !== undefined && text.trim().length > 0) {
    lines.push(...text.trim().replace(/\r\n?/g, "\n").split("\n"));
  }
  if (tags.length > 0 && lines.length > 0) lines.push("");
  lines.push(...tags);
  if (lines.length === 0) return "";
  const safe = lines.map((l) => l.replace(/\*\//g, "*\\/").trimEnd());
  if (safe.length === 1) return `/** ${safe[0]} */`;
  return ["/**", ...safe.map((l) => (l.length > 0 ? ` * ${l}` : " *")), " */"].join("\n");
}

/** A string literal in generated code. */
export function literal(value: string): string {
  return JSON.stringify(value);
}
