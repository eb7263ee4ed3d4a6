/**
 * Server and client in separate processes: two server processes share one queue group on the
 * shared nats-server, and the client in this process sees both answer.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { connectNatsTransport, createNativeClient, type NatsTransport } from "@oda-codegen/runtime";
import { NATS_URL, requireService } from "../../../test/support/services";
import { TicketNotFound, TicketServiceDescriptor, type TicketService } from "./fixtures/tickets";
import { rejection, uniqueLattice } from "./support";

const SERVER_SCRIPT = path.join(__dirname, "fixtures", "serve-tickets.ts");
const REPO_ROOT = path.join(__dirname, "..", "..", "..");

/** Spawns `npx tsx serve-tickets.ts` and resolves once it prints "ready". */
function startServerProcess(lattice: string, instance: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", SERVER_SCRIPT, NATS_URL, lattice, instance], {
      cwd: REPO_ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true, // its own process group, so a failed stop can end npx and the server together
    });
    let stderr = "";
    const timer = setTimeout(
      () => reject(new Error(`${instance} not ready after 20 s: ${stderr}`)),
      20_000,
    );
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${instance} exited with ${code}: ${stderr}`));
    });
  });
}

/** Asks the server to stop through stdin (npx does not forward signals); SIGKILLs its group after 5 s. */
function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.stdin!.end("stop\n");
  });
}

describe("NATS transport across processes", () => {
  const lattice = uniqueLattice("procs");
  let natsUp = false;
  let servers: ChildProcess[] = [];
  let caller: NatsTransport;

  beforeAll(async () => {
    natsUp = await requireService("nats");
    if (!natsUp) return;
    servers = await Promise.all([
      startServerProcess(lattice, "server-a"),
      startServerProcess(lattice, "server-b"),
    ]);
    caller = await connectNatsTransport({ servers: NATS_URL, lattice, name: "caller" });
  }, 45_000);

  afterAll(async () => {
    if (caller) await caller.close();
    await Promise.all(servers.map(stopProcess));
  }, 15_000);

  it("calls a server in another process, errors included", async () => {
    if (!natsUp) return;
    const client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
    const reply = await client.echo({ text: "over the wire" });
    expect(reply.text).toBe("over the wire");
    expect(["server-a", "server-b"]).toContain(reply.servedBy);
    const error = await rejection(client.getTicket({ ticketId: "T-none" }));
    expect(error).toBeInstanceOf(TicketNotFound);
  });

  it("shares the load between both instances through the queue group", async () => {
    if (!natsUp) return;
    const client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => client.echo({ text: `call ${i}` })),
    );
    const counts = new Map<string, number>();
    for (const r of replies) counts.set(r.servedBy, (counts.get(r.servedBy) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(["server-a", "server-b"]);
    expect(replies.map((r) => r.text)).toEqual(Array.from({ length: 40 }, (_, i) => `call ${i}`));
  });

  it("stops a server process gracefully, the other one taking over", async () => {
    if (!natsUp) return;
    expect(await stopProcess(servers[0]!)).toBe(0);
    const client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => client.echo({ text: "left" })),
    );
    expect(new Set(replies.map((r) => r.servedBy))).toEqual(new Set(["server-b"]));
  });
});
