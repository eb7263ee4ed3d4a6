/**
 * Which `@pattern`s may run on the ECMAScript (backtracking) engine without becoming a ReDoS
 * vector. It flags a quantified group whose body can itself match in more than one way —
 * `(a+)+`, `(a|ab)*`, `(a{1,3})+`, `(x+){5}` — the shapes behind exponential and high-degree
 * polynomial backtracking. Flagged patterns are evaluated on RE2 (linear time) by the generated
 * validators, and generation says so. Not flagged: adjacent overlapping repetitions such as
 * `.*.*x` (quadratic or cubic, not exponential; pair them with `@length`).
 */

interface Frame {
  /** The group's body contains `*`, `+` or `{n,}`. */
  unbounded: boolean;
  /** The body can match in more than one way: an alternation or a non-exact quantifier. */
  variable: boolean;
}

type Quantifier = "optional" | "exact" | "bounded" | "unbounded";

/** Why `pattern` can backtrack super-linearly, or undefined when it cannot. */
export function superLinearReason(pattern: string): string | undefined {
  const stack: Frame[] = [{ unbounded: false, variable: false }];
  let i = 0;
  // The frame of the group that just closed, while its quantifier (if any) is read.
  let closed: Frame | undefined;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let atomEnd = i + 1;
    closed = undefined;
    if (c === "\\") {
      atomEnd = i + 2;
    } else if (c === "[") {
      atomEnd = classEnd(pattern, i);
    } else if (c === "(") {
      stack.push({ unbounded: false, variable: false });
      i = groupBodyStart(pattern, i);
      continue;
    } else if (c === ")") {
      closed = stack.length > 1 ? stack.pop() : undefined;
    } else if (c === "|") {
      stack[stack.length - 1]!.variable = true;
      i++;
      continue;
    }
    const { kind, end, count } = readQuantifier(pattern, atomEnd);
    const frame = stack[stack.length - 1]!;
    if (closed) {
      if (kind === "unbounded" && (closed.unbounded || closed.variable)) {
        return `a repeated group that can match in more than one way (${pattern.slice(0, end)}…)`;
      }
      if ((kind === "bounded" || (kind === "exact" && count > 1)) && closed.unbounded) {
        return `an unbounded repetition repeated again (${pattern.slice(0, end)}…)`;
      }
      frame.unbounded ||= closed.unbounded;
      frame.variable ||= closed.variable;
    }
    if (kind === "unbounded") frame.unbounded = true;
    if (kind === "unbounded" || kind === "bounded" || kind === "optional") frame.variable = true;
    i = end;
  }
  return undefined;
}

/** After `(`, `(?:`, `(?<name>`, `(?=`, `(?!`, `(?<=`, `(?<!`. */
function groupBodyStart(pattern: string, open: number): number {
  if (pattern[open + 1] !== "?") return open + 1;
  if (pattern[open + 2] === "<" && pattern[open + 3] !== "=" && pattern[open + 3] !== "!") {
    const close = pattern.indexOf(">", open);
    return close < 0 ? pattern.length : close + 1;
  }
  return open + (pattern[open + 2] === "<" ? 4 : 3);
}

function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === "^") i++;
  if (pattern[i] === "]") i++;
  while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
  return i + 1;
}

function readQuantifier(
  pattern: string,
  at: number,
): { kind: Quantifier | undefined; end: number; count: number } {
  const c = pattern[at];
  let kind: Quantifier | undefined;
  let end = at + 1;
  let count = 1;
  if (c === "*" || c === "+") kind = "unbounded";
  else if (c === "?") kind = "optional";
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
    if (!m) return { kind: undefined, end: at, count };
    end = at + m[0].length;
    count = Number(m[1]);
    if (m[2] === undefined) kind = "exact";
    else if (m[3] === "") kind = "unbounded";
    else kind = Number(m[3]) <= 1 && count === 0 ? "optional" : "bounded";
  } else return { kind: undefined, end: at, count };
  if (pattern[end] === "?") end++; // lazy: the same backtracking
  return { kind, end, count };
}
