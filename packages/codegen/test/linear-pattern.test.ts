/**
 * ReDoS: a `@pattern` that backtracks super-linearly on RegExp (`^(a+)+$`) is flagged at
 * generation time and evaluated on RE2 by the generated validator, so a hostile value is
 * rejected at once instead of stalling the event loop. A safe pattern stays a RegExp.
 */
import { assembleModel } from "@oda-codegen/smithy";
import { generateCode, syncGeneratedFiles } from "@oda-codegen/codegen";
import * as fs from "node:fs";
import * as path from "node:path";
import { SCRATCH_ROOT } from "./support/generate-into";

const MODEL = `$version: "2"
namespace example.words

service Words {
    operations: [Check]
}

operation Check {
    input := {
        @required
        @pattern("^(a+)+$")
        word: String

        @pattern("^[a-z]+$")
        plain: String
    }
    output := {}
}
`;

interface CheckCodec {
  validate(value: unknown): { path: string; constraint?: string }[];
}

it("flags ^(a+)+$, runs it on RE2, and rejects a hostile value quickly", async () => {
  const { model } = assembleModel({ sources: [{ filename: "words.smithy", text: MODEL }] });
  const warnings: string[] = [];
  const files = await generateCode(model!, { onWarning: (w) => warnings.push(w), cacheDir: false });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('"^(a+)+$"');
  expect(warnings[0]).toContain("RE2");
  const codecs = files.find((f) => f.path === "words/codecs.ts")!.content;
  expect(codecs).toMatch(/= linearPattern\("\^\(a\+\)\+\$"\)/);
  expect(codecs).toMatch(/= new RegExp\("\^\[a-z\]\+\$", "u"\)/);

  const dir = path.join(SCRATCH_ROOT, `linear-pattern-${process.pid}`);
  syncGeneratedFiles(dir, files, { dryRun: false });
  try {
    const words = require(path.join(dir, "words", "index.ts")) as Record<string, unknown>;
    const codec = words.checkInputCodec as CheckCodec;
    expect(codec).toBeDefined();
    expect(codec.validate({ word: "aaaa", plain: "abc" })).toEqual([]);
    expect(codec.validate({ word: "aaaa", plain: "ABC" })).toHaveLength(1);
    // On a backtracking engine this input takes longer than the test's timeout (2^40 paths).
    const failures = codec.validate({ word: `${"a".repeat(40)}!` });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ constraint: "pattern" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
