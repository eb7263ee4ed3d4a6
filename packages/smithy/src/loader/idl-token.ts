/**
 * Token kinds of the Smithy IDL, named as the reference names them so that syntax errors read the
 * same ("Expected RBRACE('}') but found EOF").
 * https://smithy.io/2.0/spec/idl.html#lexical-notes
 */
export const Tok = {
  SPACE: 0,
  NEWLINE: 1,
  COMMA: 2,
  COMMENT: 3,
  DOC_COMMENT: 4,
  AT: 5,
  STRING: 6,
  TEXT_BLOCK: 7,
  COLON: 8,
  WALRUS: 9,
  IDENTIFIER: 10,
  DOT: 11,
  POUND: 12,
  DOLLAR: 13,
  NUMBER: 14,
  LBRACE: 15,
  RBRACE: 16,
  LBRACKET: 17,
  RBRACKET: 18,
  LPAREN: 19,
  RPAREN: 20,
  EQUAL: 21,
  EOF: 22,
  ERROR: 23,
} as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

const NAMES = [
  "SPACE", "NEWLINE", "COMMA", "COMMENT", "DOC_COMMENT", "AT", "STRING", "TEXT_BLOCK", "COLON",
  "WALRUS", "IDENTIFIER", "DOT", "POUND", "DOLLAR", "NUMBER", "LBRACE", "RBRACE", "LBRACKET",
  "RBRACKET", "LPAREN", "RPAREN", "EQUAL", "EOF", "ERROR",
];
const EXAMPLES = [
  " ", "\\n", ",", "//", "///", "@", '"', '"""', ":", ":=", "", ".", "#", "$", "", "{", "}", "[",
  "]", "(", ")", "=", "", "",
];

/** `NAME('lexeme')`, or `NAME` when the lexeme is empty. */
export function tokenDebug(type: Tok, lexeme: string = EXAMPLES[type]!): string {
  return lexeme.length > 0 ? `${NAMES[type]}('${lexeme}')` : NAMES[type]!;
}

/** SPACE, NEWLINE, COMMA and COMMENT are insignificant whitespace; doc comments are not. */
export function isWhitespace(type: Tok): boolean {
  return type <= Tok.COMMENT;
}
