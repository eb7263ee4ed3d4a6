/**
 * `oda-codegen --watch` regenerates on every save, including saves that replace the file (write a
 * temporary file, rename it over the model: what many editors do), over and over.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as readline from "node:readline";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "cli", "bin", "oda-codegen.js");

const model = (doc: string) => `$version: "2"
namespace example.notes

service NoteService {
    version: "1"
    operations: [GetNote]
}

operation GetNote {
    input := {
        @required
        id: String
    }
    output := {
        /// ${doc}
        text: String
    }
}
`;

it("regenerates after each of several atomic saves", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-watch-"));
  const file = path.join(dir, "models", "notes.smithy");
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, model("first"));
  const child = spawn(
    process.execPath,
    [BIN, "--watch", "--model", "models", "--out", "generated"],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const waitFor = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) throw new Error(`--watch ended before printing ${pattern}`);
      if (pattern.test(value as string)) return value as string;
    }
  };
  try {
    await waitFor(/^watching/);
    for (const doc of ["second", "third", "fourth"]) {
      const temporary = path.join(dir, "models", `.notes.smithy.${doc}`);
      fs.writeFileSync(temporary, model(doc));
      fs.renameSync(temporary, file);
      await waitFor(/[1-9]\d* written/);
      const types = fs.readFileSync(
        path.join(dir, "generated", "note-service", "types.ts"),
        "utf8",
      );
      expect(types).toContain(doc);
    }
  } finally {
    child.kill("SIGINT");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
