/**
 * `oda-codegen diff <old> <new>`: breaking changes between two versions of the contracts
 * (smithy-diff's checks). Each side is a file, a directory, or `git:<ref>[:<path>]`: the models as
 * they were at a git revision (`git:<ref>` alone means the config's sources at that revision).
 * Exit 1 on any ERROR (or DANGER without --allow-danger), 2 on a usage mistake, else 0.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  assembleModel,
  diffModels,
  formatDiffEvent,
  formatDiffGithub,
  formatDiffJson,
  type AssemblyResult,
  type DiffFormat,
  type Model,
  type ValidationEvent,
} from "@oda-codegen/smithy";
import { formatEventReport } from "../report-events";
import { UsageError } from "../usage-error";

export interface DiffOptions {
  format: DiffFormat;
  allowDanger?: boolean;
  /** The config's sources (absolute), used by a bare `git:<ref>`. */
  sources: readonly string[];
  cwd?: string;
}

const MODEL_FILE = /\.(smithy|json)$/;

function git(args: string[], cwd: string): Buffer {
  return execFileSync("git", args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 2 ** 20,
  });
}

function gitText(args: string[], cwd: string): string {
  return git(args, cwd).toString("utf8").trim();
}

/** The model files below `paths` as committed at `ref`, read with `git show`. */
function loadFromGit(ref: string, paths: readonly string[], cwd: string): AssemblyResult {
  let top: string;
  try {
    top = gitText(["rev-parse", "--show-toplevel"], cwd);
  } catch {
    throw new UsageError(`git:${ref}: ${cwd} is not inside a git repository`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`git:${ref}: unknown revision`);
  }
  const sources: { filename: string; text: string }[] = [];
  for (const p of paths) {
    const absolute = path.resolve(cwd, p);
    const real = fs.existsSync(absolute) ? fs.realpathSync(absolute) : absolute;
    const relative = path.relative(top, real).split(path.sep).join("/");
    if (relative.startsWith(".."))
      throw new UsageError(`git:${ref}: ${p} is outside the repository ${top}`);
    const listed = git(["ls-tree", "-r", "--name-only", "-z", ref, "--", relative || "."], top)
      .toString("utf8")
      .split("\0")
      .filter((f) => MODEL_FILE.test(f))
      .sort();
    if (listed.length === 0)
      throw new UsageError(
        `git:${ref}: no .smithy or .json files under ${relative || "."} at that revision`,
      );
    for (const file of listed) {
      sources.push({
        filename: `${ref}:${file}`,
        text: git(["show", `${ref}:${file}`], top).toString("utf8"),
      });
    }
  }
  return assembleModel({ sources });
}

/** Loads one side: `git:<ref>`, `git:<ref>:<path>`, a file or a directory. */
export function loadSide(spec: string, options: DiffOptions): AssemblyResult {
  const cwd = options.cwd ?? process.cwd();
  if (spec.startsWith("git:")) {
    const rest = spec.slice("git:".length);
    const colon = rest.indexOf(":");
    const ref = colon < 0 ? rest : rest.slice(0, colon);
    if (ref === "") throw new UsageError(`${spec}: expected git:<ref> or git:<ref>:<path>`);
    const paths = colon < 0 ? options.sources : [rest.slice(colon + 1)];
    if (paths.length === 0) throw new UsageError(`${spec}: the config lists no sources`);
    return loadFromGit(ref, paths, cwd);
  }
  const absolute = path.resolve(cwd, spec);
  if (!fs.existsSync(absolute)) throw new UsageError(`no such file or directory: ${spec}`);
  return assembleModel({ paths: [absolute] });
}

/** A file GitHub can annotate: one in the working tree, relative to the repository root. */
function githubPath(cwd: string): (filename: string) => string | undefined {
  let top = cwd;
  try {
    top = gitText(["rev-parse", "--show-toplevel"], cwd);
  } catch {
    // Not a repository: paths relative to the working directory.
  }
  return (filename) => {
    if (!path.isAbsolute(filename) || !fs.existsSync(filename)) return undefined;
    return path.relative(top, fs.realpathSync(filename)).split(path.sep).join("/");
  };
}

/**
 * Events about removed shapes carry the OLD model's location; point them at the nearest shape that
 * still exists in the new model (the member's container) so an annotation lands in the new files.
 */
function preferNewLocations(events: readonly ValidationEvent[], model: Model): ValidationEvent[] {
  const newFiles = new Set<string>();
  for (const shape of model.userShapes()) newFiles.add(shape.location.filename);
  return events.map((event) => {
    if (!event.shapeId || newFiles.has(event.sourceLocation.filename)) return event;
    const node =
      model.getShapeOrMember(event.shapeId) ?? model.getShape(event.shapeId.split("$")[0]!);
    return node && newFiles.has(node.location.filename)
      ? { ...event, sourceLocation: node.location }
      : event;
  });
}

function summary(events: readonly ValidationEvent[]): string {
  const count = (s: string) => events.filter((e) => e.severity === s).length;
  return `${count("ERROR")} error(s), ${count("DANGER")} danger(s), ${count("WARNING")} warning(s), ${count("NOTE")} note(s)`;
}

export function runDiff(oldSpec: string, newSpec: string, options: DiffOptions): number {
  const sides = [
    { label: "old", spec: oldSpec, result: loadSide(oldSpec, options) },
    { label: "new", spec: newSpec, result: loadSide(newSpec, options) },
  ];
  let broken = false;
  for (const side of sides) {
    const errors = side.result.events.filter((e) => e.severity === "ERROR");
    if (errors.length === 0 && side.result.model) continue;
    broken = true;
    process.stderr.write(
      `oda-codegen: the ${side.label} model (${side.spec}) is invalid:\n${formatEventReport(errors)}\n`,
    );
  }
  if (broken) return 1;
  const events = diffModels(sides[0]!.result.model!, sides[1]!.result.model!);
  const cwd = options.cwd ?? process.cwd();
  if (options.format === "json") {
    process.stdout.write(formatDiffJson(events) + "\n");
  } else if (options.format === "github") {
    const text = formatDiffGithub(
      preferNewLocations(events, sides[1]!.result.model!),
      githubPath(cwd),
    );
    if (text) process.stdout.write(text + "\n");
  } else {
    const shown = events.filter((e) => e.severity !== "SUPPRESSED");
    if (shown.length > 0) process.stdout.write(shown.map(formatDiffEvent).join("\n") + "\n");
    process.stderr.write(summary(events) + "\n");
  }
  const breaking = events.some(
    (e) => e.severity === "ERROR" || (e.severity === "DANGER" && !options.allowDanger),
  );
  return breaking ? 1 : 0;
}
