/** One Jest config for the whole repository: ts-jest, CommonJS. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "^@oda-codegen/(smithy|codegen|runtime|cli|components)$": "<rootDir>/packages/$1/src/index.ts" },
  testTimeout: 30000,
};
