import { generateCode, syncGeneratedFiles } from "@oda-codegen/codegen";
import { isFailure } from "@oda-codegen/smithy";
import * as path from "node:path";
import type { BuildConfig } from "../config";
import { loadModels } from "../load-model";
import { readComponentGraph } from "../read-components";
import { formatEventReport } from "../report-events";

export interface GenerateRun {
  config: BuildConfig;
  /** `check`: write nothing; fail when generated/ differs from what generation produces. */
  dryRun: boolean;
}

/** `oda-codegen [generate]` and `oda-codegen check`. Returns the exit code. */
export async function runGenerate({ config, dryRun }: GenerateRun): Promise<number> {
  const started = performance.now();
  const loaded = loadModels(config.sources);
  if (!loaded.model || loaded.events.some(isFailure)) {
    process.stderr.write(formatEventReport(loaded.events) + "\n");
    return 1;
  }
  const files = await generateCode(loaded.model, {
    // `check` compares bytes only; the checked-in code is type-checked with the project (`npm test`).
    skipTypeCheck: dryRun,
    ...(config.services.length > 0 ? { services: config.services } : {}),
    ...(config.runtimeImport ? { runtimeImport: config.runtimeImport } : {}),
    ...(config.docs ? { docs: docsOptions(config) } : {}),
    onWarning: (message) => process.stderr.write(`oda-codegen: warning: ${message}\n`),
  });
  const sync = syncGeneratedFiles(config.output, files, { dryRun });
  const ms = Math.round(performance.now() - started);
  const out = path.relative(process.cwd(), config.output) || ".";
  if (dryRun) {
    const problems = [
      ...sync.stale.map((f) => `stale:   ${path.join(out, f)}`),
      ...sync.missing.map((f) => `missing: ${path.join(out, f)}`),
      ...sync.extra.map((f) => `extra:   ${path.join(out, f)}`),
    ];
    if (problems.length > 0) {
      process.stderr.write(
        `${problems.join("\n")}\n${out}/ is out of date (${problems.length} file(s)); run \`npx oda-codegen\` and commit the result\n`,
      );
      return 1;
    }
    process.stdout.write(`${out}/ is up to date: ${files.length} files checked in ${ms} ms\n`);
    return 0;
  }
  process.stdout.write(
    `${out}/: ${sync.written.length} written, ${sync.unchanged.length} unchanged, ${sync.removed.length} removed (${files.length} files, ${ms} ms)\n`,
  );
  return 0;
}

/** Documentation pages, with the manifest's components when `docs.manifest` names one. */
function docsOptions(config: BuildConfig) {
  const manifest = config.docs?.manifest;
  return manifest !== undefined ? { components: readComponentGraph(manifest, config.output) } : {};
}
