/**
 * Definition positions by namespace, then name. One model-wide Map keyed by shape id puts a file's
 * ids all over a table of tens of thousands of entries, so that each lookup is a cache miss (the
 * incremental assembler's id lookups were a sixth of its time on a 43k-shape model). A file's
 * definitions share a namespace: its table stays small and hot while the file is built.
 */
export class DefinitionIndex {
  private readonly byNamespace = new Map<string, Map<string, number>>();
  /** The table used last: files come one at a time, so consecutive lookups share it. */
  private lastNamespace: string | undefined = undefined;
  private lastNames: Map<string, number> | undefined = undefined;

  private names(namespace: string, create: boolean): Map<string, number> | undefined {
    if (namespace === this.lastNamespace) return this.lastNames;
    let names = this.byNamespace.get(namespace);
    if (!names) {
      if (!create) return undefined;
      this.byNamespace.set(namespace, (names = new Map()));
    }
    this.lastNamespace = namespace;
    this.lastNames = names;
    return names;
  }

  /**
   * Records `id` (absolute, no member) at `position`; false when it is already there (the position
   * is kept). `namespace`, when known (an IDL file's), saves cutting it out of the id.
   */
  add(id: string, position: number, namespace?: string): boolean {
    let hash: number;
    if (
      namespace !== undefined &&
      id.length > namespace.length &&
      id.charCodeAt(namespace.length) === 35 &&
      id.startsWith(namespace)
    ) {
      hash = namespace.length;
    } else {
      hash = id.indexOf("#");
      if (hash < 0) return true;
      namespace = id.slice(0, hash);
    }
    const names = this.names(namespace, true)!;
    const name = id.slice(hash + 1);
    if (names.has(name)) return false;
    names.set(name, position);
    return true;
  }

  /** The position of an absolute shape id (no member). */
  get(id: string): number | undefined {
    const hash = id.indexOf("#");
    if (hash < 0) return undefined;
    return this.names(id.slice(0, hash), false)?.get(id.slice(hash + 1));
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
