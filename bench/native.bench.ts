/**
 * Native runtime benchmark: calls/s and latency of GetTicket over the in-process transport and
 * over NATS (the shared loopback server, NATS_URL) at concurrency 1 and 64; then the payload
 * codecs against bare JSON.stringify/parse. Bounded: each scenario runs for a fixed time or call
 * count, whichever ends first. Writes the `native` section of bench/RESULTS.md.
 *
 *   npx tsx bench/native.bench.ts            (BENCH_SECONDS=2 per scenario by default)
 */
import * as os from "node:os";
import { performance } from "node:perf_hooks";
import {
  connectNatsTransport,
  createInProcessTransport,
  createNativeClient,
  jsonCodec,
  msgpackCodec,
  serveService,
  type JsonValue,
  type Transport,
} from "@oda-codegen/runtime";
import {
  TicketServiceDescriptor,
  type TicketService,
} from "../packages/runtime/test/fixtures/tickets";
import { MemoryTickets } from "../packages/runtime/test/fixtures/tickets-impl";
import { NATS_URL, canConnect } from "../test/support/services";
import { percentile, writeResultsSection } from "./support/results";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const MAX_CALLS = 200_000;

interface CallFigures {
  scenario: string;
  concurrency: number;
  calls: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `concurrency` workers calling in a loop until the time or call budget is spent. */
async function measureCalls(
  scenario: string,
  transport: Transport,
  concurrency: number,
): Promise<CallFigures> {
  const impl = new MemoryTickets();
  const served = await serveService(TicketServiceDescriptor, impl, transport, {
    onError: () => undefined,
  });
  const client = createNativeClient<TicketService>(TicketServiceDescriptor, transport);
  const { ticket } = await client.createTicket({
    title: "Bench ticket: the printer on floor 3 is on fire again",
    priority: 2,
  });
  for (let i = 0; i < 200; i++) await client.getTicket({ ticketId: ticket.id }); // warm-up
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (performance.now() < until && latencies.length < MAX_CALLS) {
      const t0 = performance.now();
      await client.getTicket({ ticketId: ticket.id });
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await served.close();
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    concurrency,
    calls: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

interface CodecFigures {
  codec: string;
  bytes: number;
  encodePerSecond: number;
  decodePerSecond: number;
}

function opsPerSecond(action: () => void): number {
  for (let i = 0; i < 500; i++) action(); // warm-up
  let ops = 0;
  const until = performance.now() + Math.min(1, SECONDS / 2) * 1000;
  const started = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 100; i++) action();
    ops += 100;
  }
  return ops / ((performance.now() - started) / 1000);
}

/** A ListTickets-like reply: 50 tickets in their toJson form. */
function samplePayload(): JsonValue {
  const tickets = Array.from({ length: 50 }, (_, i) => ({
    id: `T-${1000 + i}`,
    title: `Ticket number ${i}: customer reports intermittent loss of service`,
    priority: (i % 5) + 1,
    createdAt: 1_700_000_000 + i * 60.5,
    tags: ["network", i % 2 ? "urgent" : "normal"],
    assignee: { team: "noc", size: 12 },
  }));
  return { tickets, total: 50 };
}

function measureCodecs(): CodecFigures[] {
  const payload = samplePayload();
  const text = JSON.stringify(payload);
  const packed = msgpackCodec.encode(payload);
  const json = jsonCodec.encode(payload);
  return [
    {
      codec: "msgpack (msgpackr, plain maps)",
      bytes: packed.length,
      encodePerSecond: opsPerSecond(() => msgpackCodec.encode(payload)),
      decodePerSecond: opsPerSecond(() => msgpackCodec.decode(packed)),
    },
    {
      codec: "json codec (stringify + UTF-8)",
      bytes: json.length,
      encodePerSecond: opsPerSecond(() => jsonCodec.encode(payload)),
      decodePerSecond: opsPerSecond(() => jsonCodec.decode(json)),
    },
    {
      codec: "JSON.stringify / JSON.parse (string only)",
      bytes: Buffer.byteLength(text),
      encodePerSecond: opsPerSecond(() => JSON.stringify(payload)),
      decodePerSecond: opsPerSecond(() => JSON.parse(text)),
    },
  ];
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const calls: CallFigures[] = [];
  for (const concurrency of [1, 64]) {
    for (const [scenario, options] of [
      ["in-process (objects)", {}],
      ["in-process (encode: msgpack)", { encode: true }],
    ] as const) {
      const transport = createInProcessTransport(options);
      calls.push(await measureCalls(scenario, transport, concurrency));
      await transport.close();
    }
  }
  const url = new URL(NATS_URL);
  const natsUp = await canConnect(url.hostname, Number(url.port) || 4222);
  if (natsUp) {
    for (const codec of ["msgpack", "json"] as const) {
      for (const concurrency of [1, 64]) {
        const transport = await connectNatsTransport({
          servers: NATS_URL,
          lattice: `bench-${process.pid}`,
          codec,
          name: "bench",
        });
        calls.push(await measureCalls(`NATS ${url.host} (${codec})`, transport, concurrency));
        await transport.close();
      }
    }
  }
  const codecs = measureCodecs();

  const callRows = calls.map(
    (c) =>
      `| ${c.scenario} | ${c.concurrency} | ${fmt(c.calls)} | ${fmt(c.perSecond)} | ${fmt(c.p50 * 1000)} | ${fmt(c.p99 * 1000)} |`,
  );
  const codecRows = codecs.map(
    (c) =>
      `| ${c.codec} | ${fmt(c.bytes)} | ${fmt(c.encodePerSecond)} | ${fmt(c.decodePerSecond)} |`,
  );
  const body = [
    `GetTicket round trips (input validated on both sides, output a ticket with a timestamp), ${SECONDS} s per scenario. Server and client share one process; load average at start ${loadAtStart.toFixed(1)} (other work on the machine inflates the tails).`,
    "",
    "| Transport | Concurrency | Calls | Calls/s | p50 µs | p99 µs |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...callRows,
    natsUp ? "" : `\nNATS rows skipped: no server at ${NATS_URL}.`,
    "",
    "Payload codecs on a 50-ticket reply (toJson form):",
    "",
    "| Codec | Bytes | Encodes/s | Decodes/s |",
    "| --- | ---: | ---: | ---: |",
    ...codecRows,
  ].join("\n");
  writeResultsSection("native", "Native runtime (in-process and NATS)", body);
  console.log(body);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
