/**
 * `oda-codegen`: generate (the default), check, validate, ast, openapi, diff, init. User mistakes print a message and
 * exit 2; model problems print located events and exit 1; nothing prints a stack trace.
 */
import { Command, Option } from "commander";
import { loadConfig, type BuildConfig } from "./config";
import { runAst } from "./commands/ast";
import { runDiff } from "./commands/diff";
import { runGenerate } from "./commands/generate";
import { runInit } from "./commands/init";
import { runOpenApi } from "./commands/openapi";
import { runValidate } from "./commands/validate";
import { watchAndGenerate } from "./commands/watch";
import { UsageError } from "./usage-error";
import * as path from "node:path";

interface GenerateFlags {
  config?: string;
  model?: string[];
  out?: string;
  watch?: boolean;
}

interface DiffFlags {
  format: "text" | "json" | "github";
  allowDanger?: boolean;
  config?: string;
}

function configFrom(flags: GenerateFlags): BuildConfig {
  const config = loadConfig(flags.config);
  return {
    ...config,
    ...(flags.model ? { sources: flags.model.map((m) => path.resolve(m)), services: [] } : {}),
    ...(flags.out ? { output: path.resolve(flags.out) } : {}),
  };
}

function reportFailure(err: unknown): void {
  if (err instanceof UsageError) {
    process.stderr.write(`oda-codegen: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  // Codegen failures carry compiler diagnostics in their message; other errors are bugs of ours.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`oda-codegen: ${message}\n`);
  if (process.env.ODA_CODEGEN_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
}

function withGenerateFlags(command: Command): Command {
  return command
    .option("-c, --config <file>", "build config (default: oda-codegen.json when present)")
    .option("-m, --model <path...>", "model files or directories (overrides the config's sources)")
    .option("-o, --out <dir>", "output directory (overrides the config's output)");
}

export function buildProgram(): Command {
  const program = new Command("oda-codegen")
    .description("Smithy contracts to TypeScript ODA Components: types, validators, native stubs, REST adapters")
    .showHelpAfterError()
    .exitOverride();

  withGenerateFlags(program.command("generate", { isDefault: true }))
    .description("generate code for the configured services (the default command)")
    .option("-w, --watch", "regenerate when a model changes")
    .action(async (flags: GenerateFlags) => {
      const config = configFrom(flags);
      if (flags.watch) await watchAndGenerate(config, reportFailure);
      else process.exitCode = await runGenerate({ config, dryRun: false });
    });

  withGenerateFlags(program.command("check"))
    .description("write nothing; exit 1 listing stale, missing and extra generated files")
    .action(async (flags: GenerateFlags) => {
      process.exitCode = await runGenerate({ config: configFrom(flags), dryRun: true });
    });

  program
    .command("validate")
    .argument("[paths...]", "model files or directories (default: the config's sources)")
    .option("-c, --config <file>", "build config (default: oda-codegen.json when present)")
    .option("-v, --verbose", "also show NOTE and SUPPRESSED events")
    .description("validate models; print each event with a code frame; exit 1 on ERROR or DANGER")
    .action((paths: string[], flags: { config?: string; verbose?: boolean }) => {
      const sources = paths.length > 0 ? paths.map((p) => path.resolve(p)) : loadConfig(flags.config).sources;
      process.exitCode = runValidate(sources, flags);
    });

  program
    .command("ast")
    .argument("<paths...>", "model files or directories, loaded together")
    .option("--include-prelude", "also print the prelude's shapes")
    .description("print the assembled model as Smithy JSON AST 2.0")
    .action((paths: string[], flags: { includePrelude?: boolean }) => {
      process.exitCode = runAst(paths.map((p) => path.resolve(p)), flags);
    });

  program
    .command("openapi")
    .requiredOption("-s, --service <shapeId>", "the service, e.g. oda.tmf638#ServiceInventory")
    .option("-m, --model <path...>", "model files or directories (default: the config's sources)")
    .option("-c, --config <file>", "build config (default: oda-codegen.json when present)")
    .description("print a service's REST front end as OpenAPI 3.1 JSON")
    .action((flags: { service: string; model?: string[]; config?: string }) => {
      const sources = flags.model ? flags.model.map((p) => path.resolve(p)) : loadConfig(flags.config).sources;
      process.exitCode = runOpenApi(sources, flags.service);
    });

  program
    .command("diff")
    .argument("<old>", "old models: a file, a directory, git:<ref> (the config's sources) or git:<ref>:<path>")
    .argument("<new>", "new models, in the same forms")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "github"]).default("text"))
    .option("--allow-danger", "exit 0 when the worst change is DANGER")
    .option("-c, --config <file>", "build config (default: oda-codegen.json, else sources [models])")
    .description("print breaking changes between two model versions (smithy-diff); exit 1 on ERROR or DANGER")
    .action((oldSpec: string, newSpec: string, flags: DiffFlags) => {
      // A bare git:<ref> means the config's sources at that revision.
      const needsConfig = [oldSpec, newSpec].some((s) => /^git:[^:]*$/.test(s));
      const sources = needsConfig ? loadConfig(flags.config).sources : [];
      process.exitCode = runDiff(oldSpec, newSpec, { ...flags, sources });
    });

  program
    .command("init")
    .argument("<dir>", "a new or empty directory")
    .option("--name <name>", "component name (default: the directory's name)")
    .option("--namespace <namespace>", "Smithy namespace of the model (default: example.<name>)")
    .description("scaffold a new ODA Component: model, config, implementation, host manifest, test")
    .action((dir: string, flags: { name?: string; namespace?: string }) => {
      process.exitCode = runInit(path.resolve(dir), flags);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `oda-codegen ast … | head` closes the pipe early: that is the reader's choice, not a crash.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    else throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    // commander throws for --help/--version and usage errors after printing them itself.
    const code = (err as { exitCode?: number; code?: string }).exitCode;
    if (typeof code === "number" && String((err as { code?: string }).code).startsWith("commander.")) {
      process.exitCode = code === 0 ? 0 : 2;
      return;
    }
    reportFailure(err);
  }
}


