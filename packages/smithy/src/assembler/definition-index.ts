/**
 * Definition positions by namespace, then name. One model-wide Map keyed by shape id puts a file's
 * ids all over a table of tens of thousands of entries, so that each lookup is a cache miss (the
 * incremental assembler's id lookups were a sixth of its time on a 43k-shape model). A file's
 * definitions share a namespace: its table stays small and hot while the file is built. It also
 * answers the resolver's relative names (one table per namespace rather than two).
 */
import { namespaceIn } from "../model/shape-id";
import type { NameIndex } from "./resolver";

export class DefinitionIndex implements NameIndex {
  private readonly byNamespace = new Map<string, Map<string, number>>();
  /** Ids by position (definitions, from 0); base ids (the prelude) at -1, -2, ... in `baseIds`. */
  readonly ids: string[] = [];
  private readonly baseIds: string[] = [];
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

  /** Records a shape of the base (the prelude) at the next negative position. */
  addBase(id: string): void {
    if (this.put(id, -(this.baseIds.length + 1))) this.baseIds.push(id);
  }

  /**
   * Records a definition (absolute id, no member) at the next position, ids.length; false when
   * the id is already there (its position is kept). `namespace`, when known (an IDL file's), saves
   * cutting it out of the id.
   */
  add(id: string, namespace?: string): boolean {
    if (!this.put(id, this.ids.length, namespace)) return false;
    this.ids.push(id);
    return true;
  }

  private put(id: string, position: number, known?: string): boolean {
    const namespace = namespaceIn(id, known);
    if (namespace === undefined) return false;
    const names = this.names(namespace, true)!;
    const name = id.slice(namespace.length + 1);
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

  /** The id of `namespace#name` when it is recorded (as NamespaceIndex, for the resolver). */
  find(namespace: string, name: string): string | undefined {
    const at = this.names(namespace, false)?.get(name);
    return at === undefined ? undefined : at >= 0 ? this.ids[at] : this.baseIds[-at - 1];
  }
}
