import type {
  AttributeTest,
  Comparator,
  ScopedAssertion,
  ScopedValue,
  SelectorAst,
  SelectorStep,
} from "./ast";
import { CATEGORY_NAMES, SHAPE_TYPE_NAMES } from "./ast";

/**
 * A selector that does not parse; `offset` points at the offending character. The message reads
 * like the reference's: "Syntax error at line 1 column 5, near `...`: <problem>; expression: <selector>".
 */
export class SelectorSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(
    readonly problem: string,
    readonly selector: string,
    readonly offset: number,
  ) {
    const before = selector.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - (before.lastIndexOf("\n") + 1) + 1;
    super(
      `Syntax error at line ${line} column ${column}, near \`${selector.slice(offset)}\`: ${problem}; expression: ${selector}`,
    );
    this.line = line;
    this.column = column;
  }
}

const FUNCTIONS = new Set(["not", "test", "is", "in", "root", "topdown", "recursive", "each"]);
const BREAK = new Set([",", "]", ")"]);

/** Parses a selector. https://smithy.io/2.0/spec/selectors.html#selector-syntax */
export function parseSelector(text: string): SelectorAst {
  const parser = new Parser(text);
  const result = parser.sequence();
  parser.ws();
  if (!parser.eof()) throw parser.error(`Unexpected selector character: ${parser.peek()}`);
  return result;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  eof(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }
  error(message: string): SelectorSyntaxError {
    return new SelectorSyntaxError(message, this.text, this.pos);
  }
  /** Whitespace and `//` comments separate steps. */
  ws(): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos++;
      else if (c === "/" && this.peek(1) === "/") {
        while (!this.eof() && this.peek() !== "\n") this.pos++;
      } else return;
    }
  }
  /** Consumes one of `chars`; messages follow the reference's SimpleParser. */
  expect(chars: string): string {
    const c = this.peek();
    if (c === "" || !chars.includes(c)) {
      const found = c === "" ? "[EOF]" : c;
      if (chars.length === 1) throw this.error(`Expected: '${chars}', but found '${found}'`);
      const expected = [...chars].map((x) => `'${x}'`).join(" ");
      throw this.error(`Found '${found}', but expected one of the following tokens: ${expected}`);
    }
    this.pos++;
    return c;
  }
  identifier(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos));
    if (!match)
      throw this.error(
        `Expected a valid identifier character, but found '${this.peek() || "[EOF]"}'`,
      );
    this.pos += match[0].length;
    return match[0];
  }

  sequence(): SelectorStep[] {
    const steps: SelectorStep[] = [];
    this.ws();
    const first = this.step();
    if (first) steps.push(first);
    this.ws();
    while (!this.eof() && !BREAK.has(this.peek())) {
      const next = this.step();
      if (next) steps.push(next);
      this.ws();
    }
    return steps;
  }

  /** One step; `*` returns undefined (identity). */
  private step(): SelectorStep | undefined {
    this.ws();
    const c = this.peek();
    switch (c) {
      case ":":
        this.pos++;
        return this.func();
      case "[":
        this.pos++;
        if (this.peek() === "@") {
          this.pos++;
          return this.scoped();
        }
        return this.attribute();
      case ">":
        this.pos++;
        return { kind: "neighbor", reverse: false, rels: [] };
      case "<":
        this.pos++;
        if (this.peek() === "-") {
          this.pos++;
          this.expect("[");
          const rels = this.relationships();
          this.expect("-");
          return { kind: "neighbor", reverse: true, rels };
        }
        return { kind: "neighbor", reverse: true, rels: [] };
      case "~":
        this.pos++;
        this.expect(">");
        return { kind: "recursiveNeighbor" };
      case "-": {
        this.pos++;
        this.expect("[");
        const rels = this.relationships();
        this.expect("-");
        this.expect(">");
        return { kind: "neighbor", reverse: false, rels };
      }
      case "*":
        this.pos++;
        return undefined;
      case "$":
        this.pos++;
        return this.variable();
      case "":
        throw this.error("Unexpected selector EOF");
      default: {
        if (!/[A-Za-z_]/.test(c)) throw this.error(`Unexpected selector character: ${c}`);
        const name = this.identifier();
        if (!SHAPE_TYPE_NAMES.has(name) && !CATEGORY_NAMES.has(name)) {
          throw this.error(`Unknown shape type: ${name}`);
        }
        return { kind: "type", name };
      }
    }
  }

  private relationships(): string[] {
    const rels: string[] = [];
    for (;;) {
      this.ws();
      rels.push(this.identifier());
      this.ws();
      if (this.expect("],") === "]") return rels;
    }
  }

  private variable(): SelectorStep {
    this.ws();
    if (this.peek() === "{") {
      this.pos++;
      this.ws();
      const name = this.identifier();
      this.ws();
      this.expect("}");
      return { kind: "variableGet", name };
    }
    const name = this.identifier();
    this.ws();
    this.expect("(");
    const selector = this.sequence();
    this.ws();
    this.expect(")");
    return { kind: "variableStore", name, selector };
  }

  private func(): SelectorStep {
    const start = this.pos;
    const name = this.identifier();
    this.ws();
    this.expect("(");
    const args: SelectorAst[] = [];
    for (;;) {
      args.push(this.sequence());
      this.ws();
      if (this.expect("),") === ")") break;
    }
    if (!FUNCTIONS.has(name)) {
      this.pos = start;
      throw this.error(`Unknown function name \`${name}\``);
    }
    if (
      (name === "not" || name === "in" || name === "root" || name === "recursive") &&
      args.length !== 1
    ) {
      this.pos = start;
      throw this.error(`The :${name} function requires a single selector argument`);
    }
    return { kind: "function", name: name === "each" ? "is" : name, args };
  }

  private attribute(): SelectorStep {
    const path = this.attributePath();
    this.ws();
    const next = this.expect("]=!^$*?><{");
    if (next === "]") return { kind: "attribute", path };
    const comparator = this.comparator(next);
    const values = [this.value()];
    this.ws();
    while (this.peek() === ",") {
      this.pos++;
      values.push(this.value());
      this.ws();
    }
    const caseInsensitive = this.caseInsensitive();
    this.expect("]");
    const test: AttributeTest = { comparator, values, caseInsensitive };
    return { kind: "attribute", path, test };
  }

  private caseInsensitive(): boolean {
    this.ws();
    if (this.peek() === "i") {
      this.pos++;
      this.ws();
      return true;
    }
    return false;
  }

  private comparator(first: string): Comparator {
    let result: Comparator;
    switch (first) {
      case "=":
        result = "=";
        break;
      case "!":
      case "^":
      case "$":
      case "*":
      case "?":
        this.expect("=");
        result = `${first}=` as Comparator;
        break;
      case ">":
      case "<":
        if (this.peek() === "=") {
          this.pos++;
          result = `${first}=` as Comparator;
        } else result = first;
        break;
      default: {
        const c = this.expect("<=!");
        if (c === "<") {
          if (this.peek() === "<") {
            this.pos++;
            result = "{<<}";
          } else result = "{<}";
        } else if (c === "=") result = "{=}";
        else {
          this.expect("=");
          result = "{!=}";
        }
        this.expect("}");
      }
    }
    this.ws();
    return result;
  }

  private scoped(): SelectorStep {
    this.ws();
    const path = this.peek() === ":" ? [] : this.attributePath();
    this.ws();
    this.expect(":");
    this.ws();
    const assertions: ScopedAssertion[] = [this.scopedAssertion()];
    this.ws();
    while (this.peek() === "&") {
      this.expect("&");
      this.expect("&");
      this.ws();
      assertions.push(this.scopedAssertion());
    }
    this.expect("]");
    return { kind: "scoped", path, assertions };
  }

  private scopedAssertion(): ScopedAssertion {
    const lhs = this.scopedValue();
    const c = this.peek();
    this.pos++;
    const comparator = this.comparator(c);
    const rhs = [this.scopedValue()];
    while (this.peek() === ",") {
      this.pos++;
      rhs.push(this.scopedValue());
    }
    return { lhs, comparator, rhs, caseInsensitive: this.caseInsensitive() };
  }

  private scopedValue(): ScopedValue {
    this.ws();
    if (this.peek() === "@") {
      this.pos++;
      this.expect("{");
      const path = [this.pathSegment(), ...this.pathRest()];
      this.expect("}");
      this.ws();
      return { path };
    }
    const literal = this.value();
    this.ws();
    return { literal };
  }

  private attributePath(): string[] {
    this.ws();
    return [this.identifier(), ...this.pathRest()];
  }

  private pathRest(): string[] {
    this.ws();
    const rest: string[] = [];
    while (this.peek() === "|") {
      this.pos++;
      rest.push(this.pathSegment());
    }
    return rest;
  }

  private pathSegment(): string {
    this.ws();
    if (this.peek() === "(") {
      this.pos++;
      const name = this.identifier();
      this.expect(")");
      return `(${name})`;
    }
    return this.value();
  }

  /** A quoted string, a number, or a (possibly absolute) shape id. */
  private value(): string {
    this.ws();
    const c = this.peek();
    if (c === "'" || c === '"') {
      this.pos++;
      const end = this.text.indexOf(c, this.pos);
      if (end < 0) {
        const rest = this.text.slice(this.pos);
        this.pos = this.text.length;
        throw this.error(`Expected ${c} to close ${rest}`);
      }
      const result = this.text.slice(this.pos, end);
      this.pos = end + 1;
      this.ws();
      return result;
    }
    const match =
      /^(-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?|[A-Za-z_][A-Za-z0-9_.]*(#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?)?)/.exec(
        this.text.slice(this.pos),
      );
    if (!match)
      throw this.error(`Expected a valid identifier character, but found '${c || "[EOF]"}'`);
    this.pos += match[0].length;
    return match[0];
  }
}
