/**
 * Finds where a JSON document first goes wrong, so that a JSON.parse failure can be reported at a
 * line and column. Only runs after JSON.parse has failed; iterative, so nesting depth is no risk.
 */
export function firstJsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // Expectation stack: what each open container wants next.
  const stack: ("object" | "array")[] = [];
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") return true;
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return false;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) throw i;
    i += m[0].length;
    return false;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return false;
      }
      if (c < 32) throw i;
      i += c === 92 ? 2 : 1;
    }
    throw i;
  };
  try {
    // Each loop step parses one value and then closes containers or moves to the next element.
    let opens = value();
    for (;;) {
      if (opens) {
        const open = text[i] === "{" ? "object" : "array";
        i++;
        ws();
        if ((open === "object" && text[i] === "}") || (open === "array" && text[i] === "]")) {
          i++;
          opens = false;
        } else {
          stack.push(open);
          if (open === "object") {
            if (text[i] !== '"') throw i;
            string();
            ws();
            if (text[i] !== ":") throw i;
            i++;
          }
          opens = value();
          continue;
        }
      }
      ws();
      const top = stack[stack.length - 1];
      if (!top) {
        if (i < n) throw i;
        return n;
      }
      if (text[i] === ",") {
        i++;
        ws();
        if (top === "object") {
          if (text[i] !== '"') throw i;
          string();
          ws();
          if (text[i] !== ":") throw i;
          i++;
        }
        opens = value();
      } else if ((top === "object" && text[i] === "}") || (top === "array" && text[i] === "]")) {
        stack.pop();
        i++;
      } else {
        throw i;
      }
    }
  } catch (at) {
    return typeof at === "number" ? Math.min(at, n) : 0;
  }
}
