/**
 * Shape id resolution, done once every file is loaded so that references may point forward.
 * https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution
 * A relative id resolves, in order, through the file's `use` statements, to a shape of the
 * file's namespace, then to a prelude shape; otherwise it stays in the file's namespace, unresolved.
 */
import { namespaceIn, PRELUDE_NAMESPACE } from "../model/shape-id";
import type { SourceLocation } from "../model/source-location";
import type { LoadedFile, Ref } from "../loader/load-ops";

export interface Resolved {
  readonly id: string;
  /** Whether the root shape exists. */
  readonly found: boolean;
}

/** Finds `namespace#name` among the defined shapes: its id string, or undefined. */
export interface NameIndex {
  find(namespace: string, name: string): string | undefined;
}

/**
 * Defined shape names by namespace, each mapped to its id string. Relative ids resolve through it
 * without building `ns#Name` strings and without probing the model-wide map, and the id returned
 * is the definition's own string (hashed once, compared by identity in later lookups).
 */
export class NamespaceIndex implements NameIndex {
  private readonly byNamespace = new Map<string, Map<string, string>>();

  /** `namespace`, when known (an IDL file's), saves cutting it out of the id. */
  add(id: string, known?: string): void {
    const namespace = namespaceIn(id, known);
    if (namespace === undefined) return;
    let names = this.byNamespace.get(namespace);
    if (!names) this.byNamespace.set(namespace, (names = new Map()));
    const name = id.slice(namespace.length + 1);
    if (!names.has(name)) names.set(name, id);
  }

  /** The id of `namespace#name` when it is defined. */
  find(namespace: string, name: string): string | undefined {
    return this.byNamespace.get(namespace)?.get(name);
  }
}

export class Resolver {
  /**
   * `isDefined` answers for absolute ids; `names`, when given, must hold exactly the same shapes
   * (it answers for relative ids).
   */
  constructor(
    private readonly isDefined: (rootId: string) => boolean,
    private readonly names?: NameIndex,
    /**
     * Told when a relative name resolved to the prelude because its own namespace lacks it (so
     * far): the namespace and the prelude id it resolved to.
     */
    private readonly onPreludeFallback?: (namespace: string, preludeId: string) => void,
  ) {}

  /**
   * The same names recur within a file (`String`, `required`, a service's operations): results are
   * cached for the file being worked on. Callers go file by file, and a cache per file kept for the
   * whole assembly would outlive its use by far (memory the garbage collector copies and marks).
   */
  private cachedFile: LoadedFile | undefined = undefined;
  private cache = new Map<string, Resolved>();

  resolve(ref: Ref, file: LoadedFile): Resolved {
    if (file !== this.cachedFile) {
      this.cachedFile = file;
      this.cache = new Map();
    }
    const perFile = this.cache;
    let resolved = perFile.get(ref);
    if (!resolved) perFile.set(ref, (resolved = this.resolveUncached(ref, file)));
    return resolved;
  }

  private resolveUncached(ref: Ref, file: LoadedFile): Resolved {
    const dollar = ref.indexOf("$");
    const root = dollar < 0 ? ref : ref.slice(0, dollar);
    const member = dollar < 0 ? "" : ref.slice(dollar);
    let id: string;
    if (root.includes("#")) {
      id = root;
    } else {
      const used = file.uses.get(root);
      if (used !== undefined) id = used;
      else if (this.names) {
        // The file's namespace, then the prelude, else unresolved in the file's namespace.
        const namespace = file.namespace ?? PRELUDE_NAMESPACE;
        let found = this.names.find(namespace, root);
        if (found === undefined) {
          found = this.names.find(PRELUDE_NAMESPACE, root);
          if (found !== undefined && this.onPreludeFallback && namespace !== PRELUDE_NAMESPACE)
            this.onPreludeFallback(namespace, found);
        }
        if (found !== undefined) return { id: member === "" ? found : found + member, found: true };
        return { id: `${namespace}#${root}${member}`, found: false };
      } else {
        id = `${file.namespace ?? PRELUDE_NAMESPACE}#${root}`;
        if (!this.isDefined(id)) {
          const prelude = `${PRELUDE_NAMESPACE}#${root}`;
          if (this.isDefined(prelude)) id = prelude;
        }
      }
    }
    return { id: id + member, found: this.isDefined(id) };
  }

  /** Resolves a ref that must name a shape; the id is returned even when it does not exist. */
  id(ref: Ref, file: LoadedFile): string {
    return this.resolve(ref, file).id;
  }
}

/** `file [line, column]`, as the reference prints a source location inside messages. */
export function printLocation(loc: SourceLocation): string {
  return `${loc.filename} [${loc.line}, ${loc.column}]`;
}

/** `tags` for prelude traits, the absolute id otherwise (the reference's idiomatic trait name). */
export function idiomaticTraitName(traitId: string): string {
  return traitId.startsWith(`${PRELUDE_NAMESPACE}#`)
    ? traitId.slice(PRELUDE_NAMESPACE.length + 1)
    : traitId;
}
