import fc from "fast-check";
import { NamespaceIndex, Resolver } from "../../src/assembler/resolver";
import { emptyLoadedFile } from "../../src/loader/load-ops";

// A small universe so that namespaces, names and `use` statements collide often.
const namespace = fc.constantFrom("a", "a.b", "smithy.api", "ex");
const name = fc.constantFrom("String", "Foo", "Bar", "Baz");
const absolute = fc.tuple(namespace, name).map(([ns, n]) => `${ns}#${n}`);
const ref = fc.oneof(
  name,
  absolute,
  fc.tuple(name, fc.constantFrom("member", "x")).map(([n, m]) => `${n}$${m}`),
  fc.tuple(absolute, fc.constantFrom("member")).map(([id, m]) => `${id}$${m}`),
);

describe("Resolver", () => {
  it("resolves the same with the namespace index as by probing `ns#Name` ids", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(absolute, { maxLength: 10 }),
        fc.option(namespace, { nil: undefined }),
        fc.array(absolute, { maxLength: 2 }),
        fc.array(ref, { minLength: 1, maxLength: 12 }),
        (defined, fileNamespace, used, refs) => {
          const ids = new Set(defined);
          const names = new NamespaceIndex();
          // Half the ids with their namespace given, as IDL files give it, half without.
          defined.forEach((id, i) =>
            names.add(id, i % 2 === 0 ? id.slice(0, id.indexOf("#")) : undefined),
          );
          const file = emptyLoadedFile("f.smithy", "idl");
          file.namespace = fileNamespace;
          for (const id of used) file.uses.set(id.slice(id.indexOf("#") + 1), id);
          const isDefined = (id: string) => ids.has(id);
          const indexed = new Resolver(isDefined, names);
          const probing = new Resolver(isDefined);
          for (const r of refs) expect(indexed.resolve(r, file)).toEqual(probing.resolve(r, file));
        },
      ),
      { numRuns: 500 },
    );
  });
});
