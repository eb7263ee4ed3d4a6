/**
 * Shape id resolution, done once every file is loaded so that references may point forward.
 * https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution
 * A relative id resolves, in order, through the file's `use` statements, to a shape of the
 * file's namespace, then to a prelude shape; otherwise it stays in the file's namespace, unresolved.
 */
import { PRELUDE_NAMESPACE } from "../model/shape-id";
import type { SourceLocation } from "../model/source-location";
import type { LoadedFile, Ref } from "../loader/load-ops";

export interface Resolved {
  readonly id: string;
  /** Whether the root shape exists. */
  readonly found: boolean;
}

export class Resolver {
  /** The same names recur (`String`, a service's operations): resolve each once per file. */
  private readonly cache = new Map<LoadedFile, Map<string, Resolved>>();

  constructor(private readonly isDefined: (rootId: string) => boolean) {}

  resolve(ref: Ref, file: LoadedFile): Resolved {
    let perFile = this.cache.get(file);
    if (!perFile) this.cache.set(file, (perFile = new Map()));
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
      else {
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
  return traitId.startsWith(`${PRELUDE_NAMESPACE}#`) ? traitId.slice(PRELUDE_NAMESPACE.length + 1) : traitId;
}
