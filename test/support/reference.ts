/**
 * Tests that need the shared reference data read it from `../shared/reference` (or
 * `ODA_REFERENCE_DIR`). Outside CI a missing folder skips with a message; under CI=true it fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const REFERENCE_DIR = path.resolve(
  process.env.ODA_REFERENCE_DIR ?? path.join(__dirname, "..", "..", "..", "shared", "reference"),
);

export const IN_CI = process.env.CI === "true";

/** Absolute path inside the reference folder, or undefined when it is absent (never under CI). */
export function referencePath(...parts: string[]): string | undefined {
  const full = path.join(REFERENCE_DIR, ...parts);
  if (fs.existsSync(full)) return full;
  if (IN_CI) throw new Error(`Reference data missing under CI: ${full}`);
  console.warn(`skipping: reference data not found at ${full}`);
  return undefined;
}

/** `describe` when the reference path exists, `describe.skip` (with a message) otherwise. */
export function describeWithReference(
  name: string,
  parts: string[],
  body: (dir: string) => void,
): void {
  const dir = referencePath(...parts);
  if (dir) describe(name, () => body(dir));
  else describe.skip(`${name} (reference data absent)`, () => it("skipped", () => undefined));
}
