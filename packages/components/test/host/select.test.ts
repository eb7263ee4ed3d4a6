/** `oda-host run --only`: one manifest, one component (or a few) per process. */
import { HostError, parseManifest, selectComponents, type HostManifest } from "../../src/host";
import { ABMF, CCS_MANIFEST, CHF, RATING } from "./fixtures";

function manifest(text: string): HostManifest {
  const { manifest, issues } = parseManifest(text, { env: {} });
  if (!manifest) throw new Error(JSON.stringify(issues));
  return manifest;
}

const IN_PROCESS = `health: { port: 8099 }
components:
  - name: abmf
    contract: ${ABMF}
    implementation: ccs-abmf
  - name: rf
    contract: ${RATING}
    implementation: ccs-rf
    calls: [${ABMF}]
`;

it("keeps the named components in manifest order, and drops the shared health port", () => {
  const selected = selectComponents(manifest(CCS_MANIFEST), ["rf", "chf"]);
  expect(selected.components.map((c) => c.name)).toEqual(["chf", "rf"]);
  expect(selected.components[0].contract).toBe(CHF);
  expect(selected.health).toBeUndefined();
  expect(selected.lattice).toBe("demo");
  expect(selected.redis?.url).toBe("redis://127.0.0.1:6379");
});

it("gives the selection its own health port when asked", () => {
  expect(selectComponents(manifest(CCS_MANIFEST), ["rf"], 9100).health).toEqual({ port: 9100 });
});

it("refuses a name that is not in the manifest, listing the known ones", () => {
  expect(() => selectComponents(manifest(CCS_MANIFEST), ["rf", "nope"])).toThrow(HostError);
  expect(() => selectComponents(manifest(CCS_MANIFEST), ["nope"])).toThrow(
    /--only names "nope", not in the manifest \(components: service-inventory, .*rf, abmf\)/,
  );
});

it("in process, refuses a selection that calls a contract it does not serve", () => {
  expect(() => selectComponents(manifest(IN_PROCESS), ["rf"])).toThrow(
    `component "rf": calls ${ABMF}, which no selected component serves`,
  );
  expect(selectComponents(manifest(IN_PROCESS), ["abmf", "rf"]).components).toHaveLength(2);
  // On NATS the called component may run in another process.
  expect(selectComponents(manifest(CCS_MANIFEST), ["rf"]).components[0].calls).toContain(ABMF);
});
