import * as fs from "node:fs";
import { platformExecutable } from "../src/native-tools";

describe("the native executables generation runs", () => {
  it("finds this machine's Biome and TypeScript compiler", () => {
    const cpu = `${process.platform}-${process.arch}`;
    const biome = platformExecutable(
      "@biomejs/biome",
      [`@biomejs/cli-${cpu}`, `@biomejs/cli-${cpu}-musl`],
      "biome",
    );
    const tsc = platformExecutable(
      "typescript-native",
      [`@typescript/typescript-${cpu}`],
      "lib/tsc",
    );
    for (const exe of [biome, tsc]) expect(fs.statSync(exe).isFile()).toBe(true);
  });

  it("names the platform and the packages it looked for when none is installed", () => {
    expect(() =>
      platformExecutable(
        "@biomejs/biome",
        ["@biomejs/cli-plan9-mips", "@biomejs/cli-plan9-mips-musl"],
        "biome",
      ),
    ).toThrow(
      /@biomejs\/biome has no executable for .*looked for @biomejs\/cli-plan9-mips, @biomejs\/cli-plan9-mips-musl.*reinstall with npm/,
    );
  });
});
