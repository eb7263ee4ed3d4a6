/**
 * A content-addressed cache on disk for the two native stages: the formatter's output per file,
 * and "this service folder type-checks" per folder, so that an edit reformats and re-checks only
 * what it changed. Keys hash everything the result depends on, so a hit is always safe; failures
 * are never cached. Like babel-loader and eslint, it lives in `node_modules/.cache` by default.
 * Unwritable caches are ignored, never fatal.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const DEFAULT_CACHE_DIR = path.resolve("node_modules", ".cache", "oda-codegen");

export function hashOf(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

export class DiskCache {
  constructor(private readonly dir: string | undefined) {}

  private file(kind: string, key: string): string | undefined {
    return this.dir === undefined ? undefined : path.join(this.dir, kind, key.slice(0, 2), key);
  }

  get(kind: string, key: string): string | undefined {
    const file = this.file(kind, key);
    if (file === undefined) return undefined;
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  }

  set(kind: string, key: string, value: string): void {
    const file = this.file(kind, key);
    if (file === undefined) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename, so that a concurrent reader never sees half a file.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, value);
      fs.renameSync(temp, file);
    } catch {
      // A read-only or full disk only costs speed.
    }
  }
}

/** Hash of every source file under `dir` (sorted), for keys that depend on the runtime's sources. */
export function fingerprintDir(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js|json)$/.test(entry.name)) hash.update(full).update("\0").update(fs.readFileSync(full)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex");
}
