/**
 * Reads the components of a host manifest (docs/host.md) for the documentation diagram: for each
 * component its name, contract, front ends and calls, nothing else.
 *
 * Why not `parseManifest` from @oda-codegen/components: the components package imports the
 * generated code, so the generator would depend on its own output (a stale or half-written
 * generated/ could stop `oda-codegen` from starting), and the CLI would load the host, Redis and
 * NATS clients to draw a picture. The four keys read here are a stable subset of that format;
 * `oda-host check` remains the full validation, and a test checks both readers agree.
 */
import {
  FRONT_ENDS,
  type ComponentGraph,
  type ComponentNode,
  type FrontEnds,
} from "@oda-codegen/codegen";
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { UsageError } from "./usage-error";

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;

export function readComponentGraph(file: string, outputDir: string): ComponentGraph {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`docs.manifest: no such file: ${file}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string): never => {
    const offset =
      (node as { range?: [number, number, number] } | null | undefined)?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    throw new UsageError(`${file}:${line}:${col}: ${message}`);
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new UsageError(`${file}:${line}:${col}: ${syntax.message.split("\n")[0]}`);
  }
  const list = isMap(doc.contents)
    ? (doc.contents.get("components", true) as Node | undefined)
    : undefined;
  if (!isSeq(list))
    return fail(list ?? doc.contents, "expected a list of components under `components`");

  const components = list.items.map((item): ComponentNode => {
    if (!isMap(item)) return fail(item as Node, "a component must be a mapping");
    const str = (key: string): string | undefined => {
      const node = item.get(key, true) as Node | undefined;
      if (node === undefined) return undefined;
      const value = (node as { value?: unknown }).value;
      if (typeof value !== "string") return fail(node, `${key} must be a string`);
      return value;
    };
    const name = str("name") ?? fail(item, "a component needs a name");
    const contract = str("contract") ?? fail(item, `component ${name} needs a contract`);
    if (!SHAPE_ID.test(contract))
      fail(item.get("contract", true) as Node, `contract must be a shape id such as ns#Service`);
    const frontEnds = str("frontEnds") ?? "native";
    if (!(FRONT_ENDS as readonly string[]).includes(frontEnds)) {
      fail(
        item.get("frontEnds", true) as Node,
        `frontEnds must be one of ${FRONT_ENDS.join(", ")}`,
      );
    }
    const callsNode = item.get("calls", true) as Node | undefined;
    if (callsNode !== undefined && !isSeq(callsNode))
      fail(callsNode, "calls must be a list of shape ids");
    const calls = isSeq(callsNode)
      ? callsNode.items.map((c) => {
          const value = (c as { value?: unknown }).value;
          if (typeof value !== "string" || !SHAPE_ID.test(value))
            return fail(c as Node, "calls must be a list of shape ids");
          return value;
        })
      : [];
    return { name, contract, frontEnds: frontEnds as FrontEnds, calls };
  });
  const source = path.relative(outputDir, file).split(path.sep).join("/");
  return { components, source };
}
