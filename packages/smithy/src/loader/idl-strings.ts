/**
 * Decoding of quoted strings and text blocks: escapes, line endings and text block indentation.
 * https://smithy.io/2.0/spec/idl.html#string-values and #text-blocks
 */
export class StringLexError extends Error {}

/** Decodes the raw text between the quotes. Throws StringLexError with the reference's wording. */
export function decodeStringContents(raw: string, textBlock: boolean): string {
  let lexeme = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (textBlock) lexeme = formatTextBlock(lexeme);
  // Fast path: nothing to unescape and no invalid characters.
  if (lexeme.indexOf("\\") < 0 && allValid(lexeme, textBlock)) return lexeme;
  let out = "";
  let i = 0;
  const n = lexeme.length;
  while (i < n) {
    const c = lexeme.charCodeAt(i);
    if (c !== 92) {
      if (!isValidNormalCharacter(c, textBlock)) {
        throw new StringLexError(`Invalid string character: \`${lexeme[i]}\``);
      }
      out += lexeme[i];
      i++;
      continue;
    }
    const e = lexeme[i + 1];
    i += 2;
    switch (e) {
      case '"': out += '"'; break;
      case "\\": out += "\\"; break;
      case "/": out += "/"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "\n": break; // an escaped line break continues the line
      case "u": {
        let code = 0;
        for (let k = 0; k < 4; k++) {
          if (i >= n) throw new StringLexError("Invalid unclosed unicode escape found in string");
          const h = lexeme.charCodeAt(i);
          let digit: number;
          if (h >= 48 && h <= 57) digit = h - 48;
          else if (h >= 97 && h <= 102) digit = h - 87;
          else if (h >= 65 && h <= 70) digit = h - 55;
          else throw new StringLexError(`Invalid unicode escape character: \`${lexeme[i]}\``);
          code = (code << 4) | digit;
          i++;
        }
        out += String.fromCharCode(code);
        break;
      }
      default:
        throw new StringLexError(`Invalid escape found in string: \`\\${e ?? ""}\``);
    }
  }
  return out;
}

function allValid(s: string, textBlock: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x22 && !textBlock) return false;
  }
  return true;
}

function isValidNormalCharacter(c: number, textBlock: boolean): boolean {
  return (
    c === 9 || c === 10 || c === 13 || c === 0x20 || c === 0x21 || (textBlock && c === 0x22) ||
    (c >= 0x23 && c <= 0x5b) || c >= 0x5d
  );
}

/**
 * Text blocks start with a line break; the common leading spaces of the following lines (the
 * closing line counts even when blank) are removed, and so are trailing spaces.
 */
function formatTextBlock(lexeme: string): string {
  if (lexeme.length === 0) throw new StringLexError("Text block is empty");
  if (lexeme.charCodeAt(0) !== 10) throw new StringLexError("Text block must start with a new line");
  const lines = lexeme.split("\n");
  let padding = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let offset = 0;
    while (offset < line.length && line.charCodeAt(offset) === 32) offset++;
    const p = offset < line.length ? offset : i === lines.length - 1 ? line.length : -1;
    if (p > -1 && p < padding) padding = p;
  }
  let out = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 0) {
      const start = Math.min(padding, line.length);
      let end = line.length - 1;
      while (end > 0 && line.charCodeAt(end) === 32) end--;
      if (end >= start) out += line.slice(start, end + 1);
    }
    if (i < lines.length - 1) out += "\n";
  }
  return out;
}
