/**
 * Prettier, with fixed options so that output does not depend on where generation runs. The
 * standalone build with explicit plugins needs no dynamic `import()` (which Jest's VM lacks);
 * `babel-ts` parses our output about a third faster than `typescript` and prints the same.
 *
 * Output is cut at top-level statements: formatted separately and joined with the blank line
 * that separated them, statements equal the formatted whole (prettier keeps one blank line
 * between statements). So each distinct statement is formatted once per run (services repeat
 * helpers and error shapes), statements travel in batches to the formatting threads while the
 * type-check worker checks, and the disk cache keeps content-defined chunks of statements.
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

/** A blank line followed by a top-level declaration (generated code has no other). */
const STATEMENT_BOUNDARY =
  /\n\n(?=(?:export |function |const |type |interface |class |\/\*\*|\/\/))/;

export function splitStatements(source: string): string[] {
  return source.split(STATEMENT_BOUNDARY);
}

/**
 * Splits at blank lines followed by a top-level declaration (generated code has no others).
 * Boundaries depend on content, not position: a chunk ends after a statement whose hash says so
 * (1 in 64), or at four times `targetChars` at the latest. Editing one shape so changes one chunk,
 * and the formatting cache still hits for the rest of the file.
 */
export function splitTopLevel(source: string, targetChars = CHUNK_CHARS): string[] {
  const parts = splitStatements(source);
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

/**
 * Separates statements in one prettier job. Prettier keeps an own-line comment before the
 * statement that follows it and formats the statement as if the comment were absent.
 */
const MARKER = "// @oda-codegen:statement-boundary";

/** Joins statements into jobs of about `CHUNK_CHARS`: one prettier call costs more than its text. */
function batch(statements: readonly string[]): string[][] {
  const jobs: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const statement of statements) {
    current.push(statement);
    size += statement.length;
    if (size >= CHUNK_CHARS) {
      jobs.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) jobs.push(current);
  return jobs;
}

const joinJob = (statements: readonly string[]) => statements.join(`\n\n${MARKER}\n\n`);

const trimmed = (formatted: string) => {
  const text = formatted.replace(/^\n+/, "").replace(/\n+$/, "");
  return text === "" ? "" : `${text}\n`;
};

/**
 * The formatted statements of a job, each ending in one newline ("" when empty). Should a
 * statement contain the marker itself (in a doc comment, say), they are formatted one by one.
 */
async function splitJob(statements: readonly string[], formatted: string): Promise<string[]> {
  const parts = formatted.split(`${MARKER}\n`);
  if (parts.length === statements.length) return parts.map(trimmed);
  const alone: string[] = [];
  for (const statement of statements) alone.push(trimmed(await formatTypeScript(statement)));
  return alone;
}

/**
 * Formats jobs: worker threads (none, when no core is free) and the calling thread claim them one
 * at a time from a shared counter; one more worker joins when `freed` settles (a core came free).
 * Jobs are posted up front: the calling thread cannot hand out work while it formats.
 */
async function runPool(
  jobs: readonly string[],
  workerCount: number,
  freed?: Promise<unknown>,
): Promise<string[]> {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const results = new Array<string>(jobs.length);
  const workers: Worker[] = [];
  const replies: Promise<void>[] = [];
  const startWorker = () => {
    const worker = new Worker(path.join(__dirname, "format-worker.js"));
    workers.push(worker);
    const reply = new Promise<void>((resolve, reject) => {
      worker.once(
        "message",
        (message: { results?: { index: number; text: string }[]; error?: string }) => {
          if (message.error !== undefined) return reject(new Error(message.error));
          for (const r of message.results!) results[r.index] = r.text;
          resolve();
        },
      );
      worker.once("error", reject);
      worker.postMessage({ jobs, next, options: OPTIONS });
    });
    // A worker's failure is awaited below; until then it must not count as unhandled.
    reply.catch(() => undefined);
    replies.push(reply);
  };
  let claiming = true;
  try {
    for (let w = 0; w < workerCount; w++) startWorker();
    freed?.then(
      () => claiming && Atomics.load(counter, 0) < jobs.length && startWorker(),
      () => undefined,
    );
    for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) {
      results[i] = await formatTypeScript(jobs[i]!);
      // A macrotask turn between jobs, so that `freed` (a message from another thread) is seen.
      await new Promise((resolve) => setImmediate(resolve));
    }
    claiming = false;
    await Promise.all(replies);
  } finally {
    claiming = false;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

export interface FormatOptions {
  /**
   * Settles when a thread of the caller's that keeps a core busy meanwhile is done (generateCode's
   * type-check worker). Until then big sets use one core fewer: on 2 cores the calling thread
   * formats alone instead of sharing the cores three ways and warming up prettier twice; then a
   * worker joins for what is left.
   */
  readonly busyUntil?: Promise<unknown>;
}

/** Formats several files, big sets on worker threads too. Output equals `formatTypeScript` file by file. */
export async function formatFiles(
  sources: readonly string[],
  cache?: DiskCache,
  options: FormatOptions = {},
): Promise<string[]> {
  const keyOf = (chunk: string) => hashOf(PRETTIER_VERSION, JSON.stringify(OPTIONS), chunk);
  const chunksOfFiles = sources.map((source) => splitTopLevel(source));
  const formattedChunks = new Map<string, string>();
  const missing = new Set<string>();
  for (const chunk of chunksOfFiles.flat()) {
    if (formattedChunks.has(chunk) || missing.has(chunk)) continue;
    const hit = cache?.get("format", keyOf(chunk));
    if (hit !== undefined) formattedChunks.set(chunk, hit);
    else missing.add(chunk);
  }
  const statements = [...new Set([...missing].flatMap(splitStatements))];
  const jobs = batch(statements);
  const texts = jobs.map(joinJob);
  const pending = statements.reduce((n, s) => n + s.length, 0);
  let formattedJobs: string[];
  if (pending < PARALLEL_THRESHOLD) {
    formattedJobs = [];
    for (const text of texts) formattedJobs.push(await formatTypeScript(text));
  } else {
    // The calling thread is one of the formatters.
    const idleCores = os.availableParallelism() - 1 - (options.busyUntil ? 1 : 0);
    const workerCount = Math.max(0, Math.min(idleCores, jobs.length));
    formattedJobs = await runPool(texts, workerCount, options.busyUntil);
  }
  const formattedStatements = new Map<string, string>();
  for (const [i, job] of jobs.entries()) {
    const parts = await splitJob(job, formattedJobs[i]!);
    job.forEach((statement, j) => formattedStatements.set(statement, parts[j]!));
  }
  for (const chunk of missing) {
    const text = splitStatements(chunk)
      .map((statement) => formattedStatements.get(statement)!)
      .filter((part) => part !== "")
      .join("\n");
    formattedChunks.set(chunk, text);
    cache?.set("format", keyOf(chunk), text);
  }
  return chunksOfFiles.map((chunks) =>
    chunks.map((chunk) => formattedChunks.get(chunk)!).join("\n"),
  );
}
