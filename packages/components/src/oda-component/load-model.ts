/**
 * The Smithy model the ODA Component manifests are read from: the given paths, or the `sources`
 * of the nearest oda-codegen.json above the host manifest.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleModel, isFailure, type Model } from "@oda-codegen/smithy";

export class ModelLoadError extends Error {
  override readonly name = "ModelLoadError";
}

/** The model sources named by the nearest oda-codegen.json at or above `dir`, or undefined. */
export function defaultModelPaths(dir: string): string[] | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const config = path.join(d, "oda-codegen.json");
    if (fs.existsSync(config)) {
      const sources = (JSON.parse(fs.readFileSync(config, "utf8")) as { sources?: unknown })
        .sources;
      if (Array.isArray(sources)) return sources.map((s) => path.resolve(d, String(s)));
      return undefined;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

export function loadContractModel(paths: readonly string[]): Model {
  const { model, events } = assembleModel({ paths: [...paths] });
  const errors = events.filter(isFailure);
  if (!model || errors.length > 0) {
    const first = errors
      .slice(0, 5)
      .map(
        (e) =>
          `${e.sourceLocation.filename}:${e.sourceLocation.line}:${e.sourceLocation.column}: ${e.id}: ${e.message}`,
      );
    throw new ModelLoadError(`the model does not load:\n${first.join("\n")}`);
  }
  return model;
}
