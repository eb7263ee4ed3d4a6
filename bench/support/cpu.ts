/**
 * CPU milliseconds spent so far by this process (all threads) and by the child processes it has
 * waited for: generation runs Biome and the TypeScript compiler as children. Children's time is
 * read from /proc/self/stat (Linux, in clock ticks of 10 ms); elsewhere it counts as zero.
 */
import * as fs from "node:fs";

const TICK_MS = 10;

function childrenMs(): number {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields after "pid (comm) ": state is field 3, cutime field 16, cstime field 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return 0;
  }
}

export function cpuMsWithChildren(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + childrenMs();
}
