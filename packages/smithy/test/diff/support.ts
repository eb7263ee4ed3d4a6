import { assembleModel, diffModels, type ValidationEvent } from "../../src";

/** A model side: one or more IDL files (each starts with its own `namespace`), version 2. */
export type Side = string | string[];

function load(side: Side, label: string) {
  const files = (Array.isArray(side) ? side : [side]).map((text, i) => {
    // Metadata statements come before the namespace in IDL.
    const lines = text.split("\n");
    const metadata = lines.filter((l) => l.startsWith("metadata "));
    const body = lines.filter((l) => !l.startsWith("metadata ")).join("\n");
    const namespace = body.startsWith("namespace") ? "" : "namespace ex\n";
    return {
      filename: `${label}${i}.smithy`,
      text: ['$version: "2"', ...metadata, `${namespace}${body}`].join("\n"),
    };
  });
  const result = assembleModel({ sources: files });
  const errors = result.events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0 || !result.model) {
    throw new Error(
      `fixture ${label} does not load:\n${errors.map((e) => `${e.id}: ${e.message}`).join("\n")}`,
    );
  }
  return result.model;
}

export function diff(a: Side, b: Side): ValidationEvent[] {
  return diffModels(load(a, "a"), load(b, "b"));
}

/** The reference's ValidationEvent.containsId: `A.B.C` contains `A` and `A.B`. */
export function hasId(event: ValidationEvent, id: string): boolean {
  return event.id === id || (event.id.startsWith(id) && event.id.charAt(id.length) === ".");
}

export function describeEvents(events: readonly ValidationEvent[]): string {
  return (
    events.map((e) => `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message} | ${e.id}`).join("\n") ||
    "(none)"
  );
}
