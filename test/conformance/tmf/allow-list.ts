/**
 * The reviewed allow-list of intended differences: one `<spec> <item> — <reason>` per line
 * (`#` starts a comment). An entry excuses the failing checks of exactly that item; an entry that
 * excuses nothing is stale and reported, so the list stays reviewed.
 */

export interface AllowEntry {
  spec: string;
  item: string;
  reason: string;
  line: number;
}

export interface AllowListParse {
  entries: AllowEntry[];
  /** Lines that are not `<spec> <item> — <reason>`, with their line numbers. */
  errors: string[];
}

const SEPARATOR = " — ";

export function parseAllowList(text: string): AllowListParse {
  const entries: AllowEntry[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const cut = line.indexOf(SEPARATOR);
    const head = cut < 0 ? line : line.slice(0, cut).trim();
    const reason = cut < 0 ? "" : line.slice(cut + SEPARATOR.length).trim();
    const space = head.indexOf(" ");
    if (space < 0 || reason === "") {
      errors.push(`allow-list.txt:${index + 1}: expected "<spec> <item> — <reason>"`);
      return;
    }
    entries.push({ spec: head.slice(0, space), item: head.slice(space + 1).trim(), reason, line: index + 1 });
  });
  return { entries, errors };
}

export function allowKey(spec: string, item: string): string {
  return `${spec} ${item}`;
}
