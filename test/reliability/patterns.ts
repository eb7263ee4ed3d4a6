/**
 * Section 3: `@pattern` cannot be a ReDoS vector. (a) A known catastrophic pattern, `^(a+)+$` on
 * `aaaa…!`, timed in CPU on ECMAScript RegExp (backtracking: doubles per character) and on the
 * runtime's compilePattern (RE2: linear); the ratio is recorded. (b) The same pattern behind a
 * REST handler answers 400 at once for a 100,000-character value. (c) Every `@pattern` in
 * models/: RE2 must compile it (else the REST runtime falls back to backtracking), and the code
 * generator's super-linear check (codegen/src/emit/pattern-safety.ts, which moves a flagged
 * pattern to RE2 in the generated validators) must pass it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RE2JS } from "re2js";
import { superLinearReason } from "@oda-codegen/codegen/src/emit/pattern-safety";
import { createRestHandler, type RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { compilePattern } from "@oda-codegen/runtime/src/rest/validate";
import type { Profile, Report } from "./harness";
import { watchdog } from "./harness";

const CATASTROPHIC = "^(a+)+$";

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The code generator's own check: a flagged pattern runs on RE2 in the generated validators. */
const nestedQuantifier = (pattern: string): boolean => superLinearReason(pattern) !== undefined;

function modelPatterns(root: string): Array<{ file: string; pattern: string }> {
  const out: Array<{ file: string; pattern: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".smithy")) {
        const text = fs.readFileSync(full, "utf8");
        for (const m of text.matchAll(/@pattern\(("(?:[^"\\]|\\.)*")\)/g)) {
          out.push({ file: path.relative(root, full), pattern: JSON.parse(m[1]!) as string });
        }
      }
    }
  };
  walk(root);
  return out;
}

export async function patterns(report: Report, profile: Profile): Promise<void> {
  const native = new RegExp(CATASTROPHIC, "u");
  const re2 = compilePattern(CATASTROPHIC);
  const sizes = profile.full ? [16, 18, 20, 22, 24, 26] : [16, 18, 20, 22];
  const table = report.table(
    "`^(a+)+$` on `a…a!` — CPU ms (ECMAScript RegExp vs the runtime's RE2)",
    ["n", "RegExp ms", "RE2 ms", "ratio"],
  );
  let lastRatio = 0;
  for (const n of sizes) {
    const input = "a".repeat(n) + "!";
    let matchedNative = true;
    let matchedRe2 = true;
    const nativeMs = cpuMs(() => (matchedNative = native.test(input)));
    const re2Ms =
      cpuMs(() => {
        for (let i = 0; i < 100; i++) matchedRe2 = re2(input);
      }) / 100;
    if (matchedNative || matchedRe2) throw new Error("the catastrophic input must not match");
    lastRatio = nativeMs / Math.max(re2Ms, 0.001);
    table.rows.push([n, nativeMs.toFixed(2), re2Ms.toFixed(4), `${lastRatio.toFixed(0)}×`]);
  }
  const long = "a".repeat(100_000) + "!";
  const longer = "a".repeat(1_000_000) + "!";
  const re2Long = cpuMs(() => re2(long));
  const re2Longer = cpuMs(() => re2(longer));
  table.rows.push(["100,000 (RE2 only)", "—", re2Long.toFixed(2), "—"]);
  table.rows.push(["1,000,000 (RE2 only)", "—", re2Longer.toFixed(2), "—"]);
  const growth = re2Longer / Math.max(re2Long, 0.01);
  report.figure(`RegExp/RE2 CPU ratio at n=${sizes[sizes.length - 1]}`, `${lastRatio.toFixed(0)}×`);
  report.figure("RE2 growth 100k → 1M characters", `${growth.toFixed(1)}× (linear: ~10×)`);
  report.check(
    "RE2 evaluation of `^(a+)+$` is linear (10× the input, well under 100× the time)",
    growth < 40,
    `RE2 ${re2Long.toFixed(1)} ms at 100k, ${re2Longer.toFixed(1)} ms at 1M; RegExp/RE2 ratio ${lastRatio.toFixed(0)}× at n=${sizes[sizes.length - 1]}`,
  );
  report.check(
    "backtracking RegExp is exponential on the same input (the threat is real)",
    lastRatio > 10,
    `ratio ${lastRatio.toFixed(0)}×`,
  );

  await report.attempt(
    'a REST member with `@pattern("^(a+)+$")` answers 400 for a 100,000-character hostile value',
    async () => {
      const schema: RestServiceSchema = {
        shapeId: "test#Patterns",
        name: "Patterns",
        version: "1",
        errorFormat: "tmf",
        operations: [
          {
            name: "Put",
            method: "put",
            httpMethod: "POST",
            uri: "/p",
            code: 200,
            input: "test#In",
            inputBindings: [],
            outputBindings: [],
            errors: [],
          },
        ],
        errors: {},
        shapes: {
          "test#In": {
            type: "structure",
            members: { value: { target: "test#Evil", required: true } },
          },
          "test#Evil": { type: "string", constraints: { pattern: CATASTROPHIC } },
        },
      };
      const handler = createRestHandler(schema, { put: async () => ({}) });
      const start = process.cpuUsage();
      const response = await watchdog(
        handler({
          method: "POST",
          protocol: "http:",
          hostname: "x",
          path: "/p",
          query: {},
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ value: long }),
        } as never),
        5000,
        "hostile pattern value",
      );
      const used = process.cpuUsage(start);
      if (response.statusCode !== 400) throw new Error(`status ${response.statusCode}`);
      return `400 in ${((used.user + used.system) / 1000).toFixed(1)} ms CPU`;
    },
  );

  const found = modelPatterns(path.resolve(__dirname, "..", "..", "models"));
  const notRe2 = found.filter((p) => {
    try {
      RE2JS.compile(p.pattern);
      return false;
    } catch {
      return true;
    }
  });
  const nested = found.filter((p) => nestedQuantifier(p.pattern));
  report.check(
    `every @pattern in models/ (${found.length}) compiles under RE2`,
    notRe2.length === 0,
    notRe2.map((p) => `${p.file}: ${p.pattern}`).join("; "),
  );
  report.check(
    "no @pattern in models/ is flagged as super-linear by the generator (all stay on the native validators' RegExp)",
    nested.length === 0,
    nested.map((p) => `${p.file}: ${p.pattern}`).join("; "),
  );
  report.check(
    "the generator's check flags known catastrophic shapes and passes safe ones",
    ["^(a+)+$", "(a*)*", "^(\\w+\\s?)*$", "((ab)*c)+", "(x+x+)+y", "(a+){2,}b"].every(
      nestedQuantifier,
    ) &&
      ![
        "^[A-Z]{3}$",
        "^(imsi-[0-9]{5,15}|nai-.+)$",
        "^(([0-9]|1[0-9]){1,3}\\.){3}$",
        "^[a-z][a-z0-9-]*$",
        "^a+(b+)?$",
      ].some(nestedQuantifier),
  );
  report.figure("@pattern traits linted in models/", found.length);
}
