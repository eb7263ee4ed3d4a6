import { Tok, tokenDebug } from "../../src/loader/idl-token";
import { IdlTokenizer } from "../../src/loader/idl-tokenizer";
import { SourceText } from "../../src/loader/source-text";

function tokens(text: string): [string, string][] {
  const tok = new IdlTokenizer(new SourceText("t.smithy", text), () => undefined);
  const out: [string, string][] = [];
  for (let i = 0; tok.type !== Tok.EOF && i < 1000; i++) {
    out.push([tokenDebug(tok.type, ""), tok.type === Tok.ERROR ? tok.error : tok.lexeme()]);
    tok.next();
  }
  return out;
}

describe("IdlTokenizer", () => {
  it("splits punctuation, identifiers, numbers and whitespace", () => {
    expect(tokens("a.b#C$d := @x(1)")).toEqual([
      ["IDENTIFIER", "a"], ["DOT", "."], ["IDENTIFIER", "b"], ["POUND", "#"], ["IDENTIFIER", "C"],
      ["DOLLAR", "$"], ["IDENTIFIER", "d"], ["SPACE", " "], ["WALRUS", ":="], ["SPACE", " "], ["AT", "@"],
      ["IDENTIFIER", "x"], ["LPAREN", "("], ["NUMBER", "1"], ["RPAREN", ")"],
    ]);
  });

  it("keeps the line break in comment tokens and tells doc comments apart", () => {
    expect(tokens("// c\n/// d\r\nx")).toEqual([["COMMENT", "// c\n"], ["DOC_COMMENT", "/// d\r\n"], ["IDENTIFIER", "x"]]);
  });

  it("decodes escapes in strings and reports bad ones with the reference wording", () => {
    const tok = new IdlTokenizer(new SourceText("t", '"a\\n\\u0041\\"b"'), () => undefined);
    expect(tok.type).toBe(Tok.STRING);
    expect(tok.stringValue).toBe('a\nA"b');
    const bad = new IdlTokenizer(new SourceText("t", '"\\q"'), () => undefined);
    expect(bad.type).toBe(Tok.ERROR);
    expect(bad.error).toBe("Error parsing quoted string: Invalid escape found in string: `\\q`");
  });

  it("strips the common indentation of text blocks", () => {
    const tok = new IdlTokenizer(new SourceText("t", '"""\n    Hello\n      World\n    """'), () => undefined);
    expect(tok.type).toBe(Tok.TEXT_BLOCK);
    expect(tok.stringValue).toBe("Hello\n  World\n");
  });

  it("reports where an unterminated string ends", () => {
    const tok = new IdlTokenizer(new SourceText("t", 'x\n"abc\n'), () => undefined);
    tok.next();
    tok.next();
    expect(tok.error).toBe("Error parsing quoted string: Syntax error at line 3, column 1: Expected: '\"', but found '[EOF]'");
  });

  it("validates numbers as the reference does", () => {
    expect(tokens("-1.5e+3")).toEqual([["NUMBER", "-1.5e+3"]]);
    expect(tokens("1.")[0]).toEqual(["ERROR", "Invalid number '1.': '.' must be followed by a digit"]);
    expect(tokens("-x")[0]).toEqual(["ERROR", "Invalid number '-': '-' must be followed by a digit"]);
    expect(tokens("1e")[0]).toEqual(["ERROR", "Invalid number '1e': 'e', '+', and '-' must be followed by a digit"]);
  });

  it("buffers doc comment lines without the leading space", () => {
    const tok = new IdlTokenizer(new SourceText("t", "/// one\n///two\n///\nx"), () => undefined);
    while (tok.type !== Tok.IDENTIFIER) tok.next();
    expect(tok.removePendingDocCommentLines()).toBe("one\ntwo\n");
  });

  it("gives the same locations whatever the order they are asked in", () => {
    // The forward cursor answers increasing offsets; the line table answers the others.
    const text = "ab\ncd\n\nef\ngh\n";
    const offsets = [...text].map((_, i) => i);
    const forward = new SourceText("f", text);
    const inOrder = offsets.map((o) => forward.location(o));
    const backward = new SourceText("f", text);
    const reversed = [...offsets].reverse().map((o) => backward.location(o)).reverse();
    const mixed = new SourceText("f", text);
    const jumping = offsets.map((o) => mixed.location(o % 2 === 0 ? o : offsets.length - o));
    expect(reversed).toEqual(inOrder);
    expect(jumping).toEqual(offsets.map((o) => inOrder[o % 2 === 0 ? o : offsets.length - o]));
    expect(inOrder[4]).toEqual({ filename: "f", line: 2, column: 2 });
    expect(inOrder[7]).toEqual({ filename: "f", line: 4, column: 1 });
  });

  it("computes line and column only for locations", () => {
    const source = new SourceText("f", "ab\ncd\r\nef\rgh");
    expect(source.location(0)).toEqual({ filename: "f", line: 1, column: 1 });
    expect(source.location(4)).toEqual({ filename: "f", line: 2, column: 2 });
    expect(source.location(7)).toEqual({ filename: "f", line: 3, column: 1 });
    expect(source.location(10)).toEqual({ filename: "f", line: 4, column: 1 });
  });
});
