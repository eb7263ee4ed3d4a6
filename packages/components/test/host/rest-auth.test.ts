/** The manifest's `rest.auth` (API keys or bearer tokens, `${ENV}` allowed) and its located errors. */
import { parseManifest } from "../../src/host";

function manifest(auth: string): string {
  return `components:
  - name: service-inventory
    contract: oda.tmf638#ServiceInventory
    implementation: service-inventory
    frontEnds: rest
    rest:
      port: 8638
      basePath: /tmf-api/serviceInventory/v4
      auth: ${auth}
`;
}

describe("manifest rest.auth", () => {
  it("reads API keys with environment expansion and a custom header", () => {
    const { manifest: m, issues } = parseManifest(
      manifest('{ apiKeys: ["${ODA_KEY}", literal-key], header: X-Key }'),
      {
        env: { ODA_KEY: "from-env" },
      },
    );
    expect(issues).toEqual([]);
    expect(m?.components[0]?.rest?.auth).toEqual({
      apiKeys: ["from-env", "literal-key"],
      header: "X-Key",
    });
  });

  it("reads bearer tokens", () => {
    const { manifest: m } = parseManifest(manifest("{ bearerTokens: [t1] }"), { env: {} });
    expect(m?.components[0]?.rest?.auth).toEqual({ bearerTokens: ["t1"] });
  });

  it("reports a located error for both kinds, neither, an empty list, an unset variable or a bad header", () => {
    const cases: Array<[string, string]> = [
      ["{ apiKeys: [a], bearerTokens: [b] }", "exactly one of apiKeys or bearerTokens"],
      ["{ header: X-Key }", "exactly one of apiKeys or bearerTokens"],
      ["{ apiKeys: [] }", "at least one credential"],
      ['{ apiKeys: ["${UNSET_KEY}"] }', "UNSET_KEY is not set"],
      ['{ apiKeys: [""] }', "must not be empty"],
      ['{ apiKeys: [a], header: "bad header" }', "an HTTP header name"],
      ["{ apiKeys: [a], extra: 1 }", "unknown key"],
    ];
    for (const [auth, message] of cases) {
      const { manifest: m, issues } = parseManifest(manifest(auth), { env: {} });
      expect(m).toBeUndefined();
      const issue = issues.find((i) => i.severity === "error");
      expect(issue?.message).toContain(message);
      expect(issue?.line).toBeGreaterThanOrEqual(9);
      expect(issue?.path.startsWith("/components/0/rest/auth")).toBe(true);
    }
  });
});
