/**
 * The prelude (`smithy.api`), loaded from our own copy and assembled once per process: its shapes
 * are immutable and no other file may change them, so every assembly can share them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Shape } from "../model/shape";
import type { ValidationEvent } from "../model/validation-event";
import { assembleFiles } from "../assembler/assembler";
import { parseIdl } from "../loader/idl-parser";

export const PRELUDE_FILENAME = "smithy.api/prelude.smithy";

let cached: { shapes: ReadonlyMap<string, Shape>; events: ValidationEvent[] } | undefined;

export function preludeText(): string {
  return fs.readFileSync(path.join(__dirname, "prelude.smithy"), "utf8");
}

/** The assembled prelude shapes; `events` should be empty (a test checks it). */
export function loadPrelude(): { shapes: ReadonlyMap<string, Shape>; events: ValidationEvent[] } {
  if (!cached) {
    const file = parseIdl(PRELUDE_FILENAME, preludeText());
    const assembled = assembleFiles([file], new Map());
    cached = { shapes: assembled.shapes, events: assembled.events };
  }
  return cached;
}
