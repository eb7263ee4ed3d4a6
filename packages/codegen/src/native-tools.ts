/**
 * The two native executables generation runs: Biome's formatter and TypeScript 7's compiler.
 * npm installs each as a platform package (an optional dependency of `@biomejs/biome` and of
 * `typescript@7`, selected by `os`, `cpu` and `libc`); this finds the one that is installed and
 * runs it on a scratch folder.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * The executable `bin` inside the first of `packages` that resolves from `owner`'s folder.
 * Both Biome and TypeScript name theirs `<tool>-<os>-<cpu>`, Biome with `-musl` on musl Linux.
 */
export function platformExecutable(
  owner: string,
  packages: readonly string[],
  bin: string,
): string {
  const from = path.dirname(require.resolve(`${owner}/package.json`));
  for (const name of packages) {
    let manifest: string;
    try {
      manifest = require.resolve(`${name}/package.json`, { paths: [from] });
    } catch {
      continue;
    }
    return path.join(path.dirname(manifest), process.platform === "win32" ? `${bin}.exe` : bin);
  }
  throw new Error(
    `${owner} has no executable for ${process.platform}-${process.arch} (looked for ${packages.join(", ")}); reinstall with npm, which selects it`,
  );
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(command: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
  });
}

/**
 * A fresh folder, removed when `use` settles: under `parent` when that can be created, else
 * under the system's temporary directory.
 */
export async function inScratchFolder<T>(
  use: (folder: string) => Promise<T>,
  parent?: string,
): Promise<T> {
  let base = os.tmpdir();
  if (parent !== undefined) {
    try {
      fs.mkdirSync(parent, { recursive: true });
      base = parent;
    } catch {
      // read-only install: the temporary directory will do
    }
  }
  const folder = fs.mkdtempSync(path.join(base, "oda-codegen-"));
  try {
    return await use(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes `files` (relative paths) below `folder`, creating their folders. */
export function writeFiles(
  folder: string,
  files: readonly { readonly path: string; readonly content: string }[],
): void {
  const folders = new Set(files.map((f) => path.dirname(path.join(folder, f.path))));
  for (const dir of folders) fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(folder, file.path), file.content);
}
