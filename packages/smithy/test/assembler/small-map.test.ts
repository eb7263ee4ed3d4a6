import fc from "fast-check";
import { SmallMap } from "../../src/assembler/small-map";

type Op =
  | { kind: "set"; key: string; value: number }
  | { kind: "delete"; key: string }
  | { kind: "get"; key: string };

// Few distinct keys so that sets overwrite and deletes hit; enough of them to cross the index threshold.
const key = fc.integer({ min: 0, max: 24 }).map((n) => `k${n}`);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant("delete" as const), key }),
  fc.record({ kind: fc.constant("get" as const), key }),
);

describe("SmallMap", () => {
  it("behaves as a Map for any sequence of set, delete and get (small and indexed sizes)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const small = new SmallMap<string, number>();
        const map = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === "set") {
            expect(small.set(o.key, o.value)).toBe(small);
            map.set(o.key, o.value);
          } else if (o.kind === "delete") {
            expect(small.delete(o.key)).toBe(map.delete(o.key));
          } else {
            expect(small.get(o.key)).toBe(map.get(o.key));
            expect(small.has(o.key)).toBe(map.has(o.key));
          }
          expect(small.size).toBe(map.size);
        }
        expect([...small]).toEqual([...map]);
        expect([...small.keys()]).toEqual([...map.keys()]);
        expect([...small.values()]).toEqual([...map.values()]);
        const seen: [string, number][] = [];
        small.forEach((v, k, m) => {
          expect(m).toBe(small);
          seen.push([k, v]);
        });
        expect(seen).toEqual([...map.entries()]);
        // Copies keep order and contents, from a SmallMap and from any iterable of entries.
        expect([...new SmallMap(small)]).toEqual([...map]);
        expect([...new SmallMap(map)]).toEqual([...map]);
      }),
      { numRuns: 300 },
    );
  });

  it("is a ReadonlyMap that Map, spread and Object.fromEntries accept", () => {
    const small = new SmallMap<string, number>([
      ["a", 1],
      ["b", 2],
    ]);
    expect(new Map(small)).toEqual(
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
    );
    expect(Object.fromEntries(small)).toEqual({ a: 1, b: 2 });
    expect(Object.prototype.toString.call(small)).toBe("[object SmallMap]");
  });
});
