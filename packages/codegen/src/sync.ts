/**
 * Writes a generated file set into an output folder: only files whose bytes changed, and removes
 * files generation no longer produces. A file is only ever removed when it carries the generated
 * header or sits inside a generated service folder, so hand-written files next to them are safe.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { MARKDOWN_HEADER } from "./docs/markdown";
import { GENERATED_HEADER, type GeneratedFile } from "./generated-file";

export interface SyncResult {
  /** Written this run (new or changed); empty with `dryRun`. */
  readonly written: string[];
  readonly unchanged: string[];
  /** Removed this run; empty with `dryRun`. */
  readonly removed: string[];
  /** Present, but different from what generation produces. */
  readonly stale: string[];
  /** Produced by generation, absent on disk. */
  readonly missing: string[];
  /** On disk, generated earlier, no longer produced. */
  readonly extra: string[];
}

function walk(dir: string, base = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...walk(path.join(dir, entry.name), rel));
    else if (entry.isFile()) found.push(rel);
  }
  return found;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Code carries GENERATED_HEADER; Markdown pages an HTML comment that says the same. */
function isGeneratedText(text: string | undefined): boolean {
  return text !== undefined && (text.startsWith(GENERATED_HEADER) || text.startsWith(MARKDOWN_HEADER));
}

function isGeneratedFolder(outDir: string, folder: string, produced: ReadonlySet<string>): boolean {
  if (produced.has(folder)) return true;
  return readIfExists(path.join(outDir, folder, "index.ts"))?.startsWith(GENERATED_HEADER) ?? false;
}

export function syncGeneratedFiles(
  outDir: string,
  files: readonly GeneratedFile[],
  options: { dryRun: boolean },
): SyncResult {
  const result: SyncResult = { written: [], unchanged: [], removed: [], stale: [], missing: [], extra: [] };
  const wanted = new Set(files.map((f) => f.path));
  const producedFolders = new Set(files.filter((f) => f.path.includes("/")).map((f) => f.path.split("/")[0]!));

  for (const file of files) {
    const target = path.join(outDir, ...file.path.split("/"));
    const current = readIfExists(target);
    if (current === file.content) {
      result.unchanged.push(file.path);
      continue;
    }
    (current === undefined ? result.missing : result.stale).push(file.path);
    if (!options.dryRun) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
      result.written.push(file.path);
    }
  }

  for (const rel of walk(outDir).sort()) {
    if (wanted.has(rel)) continue;
    const folder = rel.includes("/") ? rel.split("/")[0]! : undefined;
    const full = path.join(outDir, ...rel.split("/"));
    const generated =
      (folder !== undefined && isGeneratedFolder(outDir, folder, producedFolders)) ||
      isGeneratedText(readIfExists(full));
    if (!generated) continue;
    result.extra.push(rel);
    if (!options.dryRun) {
      fs.rmSync(full);
      result.removed.push(rel);
      removeEmptyParents(outDir, path.dirname(full));
    }
  }
  return result;
}

function removeEmptyParents(outDir: string, dir: string): void {
  const root = path.resolve(outDir);
  let current = path.resolve(dir);
  while (current.startsWith(root) && current !== root && fs.readdirSync(current).length === 0) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}
