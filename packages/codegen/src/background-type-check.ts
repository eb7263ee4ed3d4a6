/**
 * The type check on a worker thread, shared by the generations of one process. Loading the
 * compiler and binding its lib and @types/node cost more than a second before any generated
 * file is looked at; started early (`prepareTypeCheck`), that happens while the caller loads
 * and renders the model, and the check itself runs while the main thread formats.
 *
 * The worker keeps the process alive only while a check is pending: a warm-up that no check
 * needed (every folder hit the cache) is simply abandoned when the process is done.
 */
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { CodegenDiagnostic } from "./codegen-error";
import type { GeneratedFile } from "./generated-file";
import type { TypeCheckOptions } from "./type-check";

interface Reply {
  readonly id: number;
  readonly diagnostics?: CodegenDiagnostic[];
  readonly error?: string;
}

class BackgroundTypeCheck {
  private readonly worker = new Worker(path.join(__dirname, "type-check-worker.js"));
  private readonly pending = new Map<
    number,
    { keepAlive: boolean; resolve(d: CodegenDiagnostic[]): void; reject(e: Error): void }
  >();
  private keepingAlive = 0;
  private nextId = 0;
  private failure: Error | undefined;
  private warming: Promise<void> | undefined;

  constructor() {
    this.worker.on("message", (reply: Reply) => {
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      if (call.keepAlive && --this.keepingAlive === 0) this.worker.unref();
      if (reply.error !== undefined) call.reject(new Error(`type check failed: ${reply.error}`));
      else call.resolve(reply.diagnostics!);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const call of this.pending.values()) call.reject(error);
      this.pending.clear();
      if (shared === this) shared = undefined;
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`type-check worker exited with code ${code}`)));
    // After the listeners: adding a "message" listener refs the worker again.
    this.worker.unref();
  }

  private call(
    message: { kind: string; files?: readonly GeneratedFile[]; options: TypeCheckOptions },
    keepAlive: boolean,
  ) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    if (keepAlive && this.keepingAlive++ === 0) this.worker.ref();
    return new Promise<CodegenDiagnostic[]>((resolve, reject) => {
      this.pending.set(id, { keepAlive, resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  /** Once per worker: what it loads does not depend on the options' runtime import. */
  warmUp(options: TypeCheckOptions): Promise<void> {
    return (this.warming ??= this.call({ kind: "warm-up", options }, false).then(() => undefined));
  }

  check(files: readonly GeneratedFile[], options: TypeCheckOptions): Promise<CodegenDiagnostic[]> {
    return this.call({ kind: "check", files, options }, true);
  }
}

let shared: BackgroundTypeCheck | undefined;

/** The process's type-check worker, started on first use. */
export function backgroundTypeCheck(): BackgroundTypeCheck {
  return (shared ??= new BackgroundTypeCheck());
}

/**
 * Starts the worker and its warm-up now, ahead of `generateCode` (the CLI's entry calls it before
 * loading anything else). A warm-up failure is not reported here: the check that follows reports
 * its own.
 */
export function prepareTypeCheck(options: TypeCheckOptions): void {
  backgroundTypeCheck()
    .warmUp(options)
    .catch(() => undefined);
}
