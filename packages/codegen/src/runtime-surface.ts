/**
 * The part of the runtime that a generated file set imports, as one declaration module that
 * re-exports each imported name from the runtime source that declares it. The type check
 * resolves the runtime import to it, so that the Program holds the runtime files the generated
 * code depends on and not every transport and adapter of the runtime's entry (NATS, fastify):
 * the same declarations, a fraction of the files to parse and bind.
 *
 * Names are found syntactically: the generated files' import lists, and the entry's export
 * statements (following `export *` into the files it names). Anything this does not understand
 * (namespace imports, unresolvable files) gives `undefined`: the caller then checks against the
 * whole entry, as before.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as TS from "typescript";
import { typescript } from "./load-typescript";

/** Where an exported name comes from: `export { name } from "./file"`. */
interface Origin {
  readonly specifier: string;
  readonly name: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names the files import from `runtimeImport`; undefined when a file uses any other form. */
export function importedNames(
  sources: readonly string[],
  runtimeImport: string,
): Set<string> | undefined {
  const quoted = `"${runtimeImport}"`;
  const named = new RegExp(
    `import\\s+(?:type\\s+)?\\{([^}]*)\\}\\s*from\\s*${escapeRegExp(quoted)}`,
    "g",
  );
  const names = new Set<string>();
  for (const source of sources) {
    let found = 0;
    for (const match of source.matchAll(named)) {
      found++;
      for (const item of match[1]!.split(",")) {
        const name = item
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)[0]!
          .trim();
        if (name !== "") names.add(name);
      }
    }
    if (source.split(quoted).length - 1 !== found) return undefined;
  }
  return names;
}

function resolveFile(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier.replace(/\.js$/, ""));
  return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
}

function isExported(node: TS.Node): boolean {
  const ts = typescript();
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** Every name `file` exports, with the file and name to re-export it from; undefined if unsure. */
function exportsOf(
  file: string,
  seen: Set<string>,
): Map<string, { file: string; name: string }> | undefined {
  const result = new Map<string, { file: string; name: string }>();
  if (seen.has(file)) return result;
  seen.add(file);
  const ts = typescript();
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    false,
  );
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const target = specifier === undefined ? file : resolveFile(file, specifier);
      if (target === undefined) return undefined;
      const clause = statement.exportClause;
      if (clause === undefined) {
        const all = exportsOf(target, seen);
        if (all === undefined) return undefined;
        for (const [name, origin] of all)
          if (name !== "default" && !result.has(name)) result.set(name, origin);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          result.set(element.name.text, {
            file: target,
            name: (element.propertyName ?? element.name).text,
          });
        }
      } else {
        result.set(clause.name.text, { file: target, name: "*" });
      }
    } else if (isExported(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (!ts.isIdentifier(d.name)) return undefined;
          result.set(d.name.text, { file, name: d.name.text });
        }
      } else {
        const name = (statement as TS.DeclarationStatement).name;
        if (name === undefined || !ts.isIdentifier(name)) return undefined;
        result.set(name.text, { file, name: name.text });
      }
    }
  }
  return result;
}

/**
 * The text of a declaration module, to be placed at `surfacePath` (beside the runtime entry),
 * that re-exports `names` from where the entry gets them; undefined when that cannot be worked out.
 */
export function runtimeSurface(
  entry: string,
  names: ReadonlySet<string>,
  surfacePath: string,
): string | undefined {
  let exported: ReturnType<typeof exportsOf>;
  try {
    exported = exportsOf(entry, new Set());
  } catch {
    return undefined;
  }
  if (exported === undefined) return undefined;
  const lines: string[] = [];
  for (const name of [...names].sort()) {
    // Not exported by the runtime: leave it out, and the check reports the missing export.
    const origin = exported.get(name);
    if (origin === undefined) continue;
    let specifier = path
      .relative(path.dirname(surfacePath), origin.file)
      .replace(/\.ts$/, "")
      .split(path.sep)
      .join("/");
    if (!specifier.startsWith(".")) specifier = `./${specifier}`;
    const from: Origin = { specifier, name: origin.name };
    lines.push(
      from.name === "*"
        ? `export * as ${name} from "${from.specifier}";`
        : `export { ${from.name === name ? name : `${from.name} as ${name}`} } from "${from.specifier}";`,
    );
  }
  // A module even when it re-exports nothing, so that a missing name is reported as such.
  return `${[...lines, "export {};"].join("\n")}\n`;
}
