import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../packages/cli/src/config";
import { UsageError } from "../../packages/cli/src/usage-error";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "oda-config-"));
}

describe("build config", () => {
  it("defaults to models/ → generated/ when there is no config file", () => {
    const dir = tempDir();
    const config = loadConfig(undefined, dir);
    expect(config.sources).toEqual([path.join(dir, "models")]);
    expect(config.output).toBe(path.join(dir, "generated"));
    expect(config.services).toEqual([]);
  });

  it("resolves paths relative to the config file", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(
      path.join(dir, "sub", "oda-codegen.json"),
      JSON.stringify({ sources: ["m1", "../m2"], output: "out", services: ["a#B"] }),
    );
    const config = loadConfig("sub/oda-codegen.json", dir);
    expect(config.sources).toEqual([path.join(dir, "sub", "m1"), path.join(dir, "m2")]);
    expect(config.output).toBe(path.join(dir, "sub", "out"));
    expect(config.services).toEqual(["a#B"]);
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["an unknown key", JSON.stringify({ sourcez: [] }), /unknown setting "sourcez"/],
    ["a wrong type", JSON.stringify({ sources: "models" }), /"sources" must be an array of strings/],
    ["a non-object", "[]", /expected a JSON object/],
  ])("rejects %s with a UsageError naming the file", (_name, text, message) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "oda-codegen.json"), text);
    expect(() => loadConfig(undefined, dir)).toThrow(UsageError);
    expect(() => loadConfig(undefined, dir)).toThrow(message);
  });

  it("fails when an explicitly named config file is missing", () => {
    expect(() => loadConfig("nope.json", tempDir())).toThrow(/config file not found/);
  });
});
