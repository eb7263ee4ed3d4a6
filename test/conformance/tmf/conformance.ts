/**
 * The whole check: for each target, its official document and our exported OpenAPI (every service
 * of the target merged) in the common form, compared item by item, with the allow-list applied.
 */
import { exportOpenApi } from "@oda-codegen/codegen";
import { assembleModel, type Model } from "@oda-codegen/smithy";
import { allowKey, parseAllowList, type AllowEntry } from "./allow-list";
import { compareApis, type CheckResult } from "./compare";
import type { NormalApi } from "./normal-form";
import { readApi } from "./read-api";
import { loadDocuments, SPEC_TARGETS, type SpecTarget } from "./specs";

export interface SpecSummary {
  id: string;
  passed: number;
  allowed: number;
  failed: number;
  /** What our export adds, and Documents standing for spec objects (not checks). */
  notes: string[];
}

export interface ConformanceReport {
  /** One line per failing or allowed check, stale entry and allow-list error, in a stable order. */
  lines: string[];
  specs: SpecSummary[];
  passed: number;
  failed: number;
}

/** Our export of every service of a target, merged (the listener services share the base path). */
export function exportTarget(model: Model, target: SpecTarget): NormalApi {
  const merged: NormalApi = { paths: {}, schemas: {} };
  for (const serviceId of target.services) {
    const doc = exportOpenApi(model, serviceId);
    const api = readApi({ files: { "openapi.json": doc } }, "openapi.json");
    for (const [path, methods] of Object.entries(api.paths)) Object.assign((merged.paths[path] ??= {}), methods);
    Object.assign(merged.schemas, api.schemas);
  }
  return merged;
}

export function runConformance(referenceDir: string, modelsDir: string, allowListText: string): ConformanceReport {
  const assembled = assembleModel({ paths: [modelsDir] });
  if (!assembled.model) throw new Error(`the models in ${modelsDir} do not assemble`);
  const allow = parseAllowList(allowListText);
  const used = new Set<AllowEntry>();
  const lines: string[] = [...allow.errors.map((e) => `ERROR ${e}`)];
  const specs: SpecSummary[] = [];
  for (const target of SPEC_TARGETS) {
    const official = readApi(loadDocuments(referenceDir, target), target.main.split("/").pop()!, target.allDefinitions);
    const { results, notes } = compareApis(official, exportTarget(assembled.model, target));
    specs.push({ ...summarise(target.id, results, allow.entries, used, lines), notes: notes.map((n) => `${target.id} ${n}`) });
  }
  for (const entry of allow.entries) {
    if (!used.has(entry)) lines.push(`STALE allow-list.txt:${entry.line}: ${allowKey(entry.spec, entry.item)} excuses no failing check`);
  }
  const stale = allow.entries.filter((e) => !used.has(e)).length;
  const passed = specs.reduce((n, s) => n + s.passed + s.allowed, 0);
  const failed = specs.reduce((n, s) => n + s.failed, 0) + stale + allow.errors.length;
  return { lines, specs, passed, failed };
}

type Counts = Omit<SpecSummary, "notes">;

function summarise(id: string, results: CheckResult[], entries: AllowEntry[], used: Set<AllowEntry>, lines: string[]): Counts {
  const summary: Counts = { id, passed: 0, allowed: 0, failed: 0 };
  const byKey = new Map(entries.filter((e) => e.spec === id).map((e) => [e.item, e]));
  const seen = new Set<string>();
  for (const r of results) {
    if (r.problems.length === 0) {
      summary.passed++;
      continue;
    }
    const entry = byKey.get(r.item);
    const text = `${id} ${r.item}: ${r.problems.join("; ")}`;
    if (seen.has(text)) continue; // the same item compared through two of our schemas with the same outcome
    seen.add(text);
    if (entry) {
      used.add(entry);
      summary.allowed++;
      lines.push(`ALLOWED ${text} — ${entry.reason}`);
    } else {
      summary.failed++;
      lines.push(`FAIL ${text}`);
    }
  }
  return summary;
}
