/**
 * Prettier, with fixed options so that output does not depend on where generation runs. The
 * standalone build with explicit plugins needs no dynamic `import()` (which Jest's VM lacks);
 * `babel-ts` parses our output about a third faster than `typescript` and prints the same.
 *
 * Large outputs are cut at top-level statements into chunks that a pool of worker threads
 * formats while the main thread type-checks; joined with the blank line that separated them,
 * formatted chunks equal the formatted whole (prettier keeps one blank line between statements).
 */
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import * as prettier from "prettier/standalone";
import { hashOf, type DiskCache } from "./cache";

const PRETTIER_VERSION = (require("prettier/package.json") as { version: string }).version;

const OPTIONS = { parser: "babel-ts", printWidth: 100, endOfLine: "lf" } as const;
/** Typical chunk size; generated functions run 0.3-1 KB, so chunks average about 20-60 KB. */
const CHUNK_CHARS = 32 * 1024;
/** Below this many characters in total, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 256 * 1024;

export async function formatTypeScript(source: string): Promise<string> {
  return prettier.format(source, { ...OPTIONS, plugins: [estree, babel] });
}

/** FNV-1a: a cheap, stable hash for choosing chunk boundaries. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // MurmurHash3's finaliser: FNV's low bits alone are poorly mixed.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Splits at blank lines followed by a top-level declaration (generated code has no others).
 * Boundaries depend on content, not position: a chunk ends after a statement whose hash says so
 * (1 in 64), or at four times `targetChars` at the latest. Editing one shape so changes one chunk,
 * and the formatting cache still hits for the rest of the file.
 */
export function splitTopLevel(source: string, targetChars = CHUNK_CHARS): string[] {
  const parts = source.split(/\n\n(?=(?:export |function |const |type |interface |class |\/\*\*|\/\/))/);
  const chunks: string[] = [];
  let current = "";
  for (const part of parts) {
    current = current ? `${current}\n\n${part}` : part;
    if (fnv1a(part) % 64 === 0 || current.length >= 4 * targetChars) {
      chunks.push(current);
      current = "";
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

interface Job {
  readonly id: number;
  readonly source: string;
}

/** Hands each worker its whole batch up front: the main thread may be busy type-checking. */
async function runPool(jobs: readonly Job[], size: number): Promise<Map<number, string>> {
  const batches: Job[][] = Array.from({ length: size }, () => []);
  const load = new Array<number>(size).fill(0);
  for (const job of jobs) {
    const lightest = load.indexOf(Math.min(...load));
    batches[lightest]!.push(job);
    load[lightest]! += job.source.length;
  }
  const results = new Map<number, string>();
  const workers = batches.map(() => new Worker(path.join(__dirname, "format-worker.js")));
  try {
    await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<void>((resolve, reject) => {
            worker.once("message", (reply: { results?: { id: number; text: string }[]; error?: string }) => {
              if (reply.error !== undefined) return reject(new Error(reply.error));
              for (const r of reply.results!) results.set(r.id, r.text);
              resolve();
            });
            worker.once("error", reject);
            worker.postMessage({ jobs: batches[i], options: OPTIONS });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Formats several files; big sets go to worker threads so that the caller's thread stays free
 * (generateCode type-checks meanwhile). Output equals `formatTypeScript` file by file.
 */
export async function formatFiles(sources: readonly string[], cache?: DiskCache): Promise<string[]> {
  const chunks: string[] = [];
  const chunkIds = sources.map((source) =>
    splitTopLevel(source).map((chunk) => {
      chunks.push(chunk);
      return chunks.length - 1;
    }),
  );
  const keyOf = (chunk: string) => hashOf(PRETTIER_VERSION, JSON.stringify(OPTIONS), chunk);
  const results = new Map<number, string>();
  const jobs: Job[] = [];
  chunks.forEach((chunk, id) => {
    const hit = cache?.get("format", keyOf(chunk));
    if (hit !== undefined) results.set(id, hit);
    else jobs.push({ id, source: chunk });
  });
  const pending = jobs.reduce((n, j) => n + j.source.length, 0);
  if (pending < PARALLEL_THRESHOLD) {
    for (const job of jobs) results.set(job.id, await formatTypeScript(job.source));
  } else {
    // Longest first, so that no worker is left with one big chunk at the end.
    jobs.sort((a, b) => b.source.length - a.source.length || a.id - b.id);
    const size = Math.max(1, Math.min(os.availableParallelism(), jobs.length));
    for (const [id, text] of await runPool(jobs, size)) results.set(id, text);
  }
  for (const job of jobs) cache?.set("format", keyOf(job.source), results.get(job.id)!);
  return chunkIds.map((ids) => ids.map((id) => results.get(id)!).join("\n"));
}
