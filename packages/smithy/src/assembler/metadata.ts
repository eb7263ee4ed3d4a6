/**
 * Merges metadata from every file: lists concatenate, equal values are kept once, anything else
 * conflicts. https://smithy.io/2.0/spec/model.html#merging-metadata
 */
import { nodeEquals, type NodeValue } from "../model/node-value";
import type { SourceLocation } from "../model/source-location";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { LoadedFile } from "../loader/load-ops";
import { printLocation } from "./resolver";

export function mergeMetadata(files: readonly LoadedFile[], events: ValidationEvent[]): Map<string, NodeValue> {
  const merged = new Map<string, { value: NodeValue; location: SourceLocation }>();
  const conflicted = new Set<string>();
  for (const file of files) {
    for (const entry of file.metadata) {
      if (conflicted.has(entry.key)) continue;
      const previous = merged.get(entry.key);
      if (!previous) {
        merged.set(entry.key, { value: entry.value, location: entry.location });
      } else if (Array.isArray(previous.value) && Array.isArray(entry.value)) {
        previous.value = [...previous.value, ...entry.value];
      } else if (!nodeEquals(previous.value, entry.value)) {
        events.push({
          id: "Model",
          severity: Severity.ERROR,
          sourceLocation: entry.location,
          message:
            `Metadata conflict for key \`${entry.key}\`. Defined in both \`${printLocation(previous.location)}\` ` +
            `and \`${printLocation(entry.location)}\``,
        });
        merged.delete(entry.key);
        conflicted.add(entry.key);
      }
    }
  }
  return new Map([...merged].map(([k, v]) => [k, v.value]));
}
