/** Loads Smithy IDL through assembleModel and prints events the way `.errors` files do. */
import { assembleModel } from "../../src";
import type { ValidationEvent } from "../../src/model/validation-event";

export function assemble(idl: string): ValidationEvent[] {
  const text = idl.startsWith("$version") ? idl : `$version: "2"\nnamespace smithy.example\n${idl}`;
  return assembleModel({ sources: [{ filename: "test.smithy", text }] }).events;
}

export function format(e: ValidationEvent): string {
  const reason = e.suppressionReason ? ` (${e.suppressionReason})` : "";
  return `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message}${reason} | ${e.id}`;
}

/** Events of one model as `.errors` lines, optionally only those whose id starts with `id`. */
export function eventsOf(idl: string, id?: string): string[] {
  return assemble(idl)
    .filter((e) => id === undefined || e.id === id || e.id.startsWith(`${id}.`))
    .map(format);
}
