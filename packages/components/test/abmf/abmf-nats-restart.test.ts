/**
 * Reliability across a NATS restart: an ABMF served by the host over NATS, with its balances in
 * Redis, and a caller that retries every unanswered debit with the same key. Killing NATS in
 * the middle loses no acknowledged debit and applies none twice.
 */
import {
  NativeCallError,
  connectNatsTransport,
  createNativeClient,
  type NatsTransport,
} from "@oda-codegen/runtime";
import { RedisBalanceEngine } from "../../src/abmf";
import { parseManifest, startHost, type ComponentModule, type RunningHost } from "../../src/host";
import { keyPrefix } from "../../src/store";
import { REDIS_URL } from "../../../../test/support/services";
import { descriptor } from "../support/descriptors";
import { startPrivateNats, type PrivateNats } from "../support/nats-server";
import { useRedis } from "../support/redis";

const redis = useRedis();
const ABMF = "oda.ccs.abmf#BalanceManagement";
const abmfService = descriptor(ABMF, ["Debit", "GetBucket"]);
const INITIAL = 1_000_000;

interface AbmfClient {
  debit(input: { key: string; amount: number }): Promise<{ debited: number; replayed: boolean }>;
  getBucket(input: object): Promise<{ balance: number; reserved: number }>;
}

const abmfModule: ComponentModule = {
  service: abmfService,
  async create(context) {
    if (!context.redis) throw new Error("the ABMF needs the redis store");
    const engine = new RedisBalanceEngine(
      context.redis,
      keyPrefix({ lattice: context.lattice, component: context.name, collection: "balances" }),
    );
    await engine.createBucket({ id: "b", accountId: "a", unit: "EUR", initial: BigInt(INITIAL) });
    return {
      async debit(input: { key: string; amount: number }) {
        const result = await engine.debit({
          bucketId: "b",
          key: input.key,
          amount: BigInt(input.amount),
        });
        return { debited: Number(result.debited), replayed: result.replayed };
      },
      async getBucket() {
        const bucket = await engine.getBucket("b");
        return { balance: Number(bucket?.balance), reserved: Number(bucket?.reserved) };
      },
    };
  },
};

let server: PrivateNats | undefined;
let host: RunningHost | undefined;
let caller: NatsTransport | undefined;
/** Before the Redis fixture's cleanup: nothing may still write balances when the keys go. */
async function shutDown(): Promise<void> {
  await caller?.close();
  await host?.close();
  await server?.stop();
}

it("keeps every acknowledged debit and applies none twice across a NATS restart", async () => {
  if (!redis.available) return;
  try {
    await chargeAcrossRestart();
  } finally {
    await shutDown();
  }
}, 30_000);

async function chargeAcrossRestart(): Promise<void> {
  server = await startPrivateNats((listen) => `listen: "${listen}"\n`);
  const text = `transport: { nats: { servers: ["${server.url}"], lattice: ${redis.lattice} } }
redis: { url: "${REDIS_URL}" }
components:
  - { name: abmf, contract: "${ABMF}", implementation: abmf, store: redis }
`;
  const manifest = parseManifest(text).manifest;
  if (!manifest) throw new Error("manifest rejected");
  host = await startHost(manifest, { abmf: abmfModule }, { log: () => undefined });
  caller = await connectNatsTransport({
    servers: server.url,
    lattice: redis.lattice,
    name: "rf",
    timeoutMs: 400,
    reconnectTimeWaitMs: 50,
  });
  const abmf = createNativeClient<AbmfClient>(abmfService, caller);

  const retried = new Set<string>();
  const debitUntilAnswered = async (key: string, amount: number) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await abmf.debit({ key, amount });
      } catch (error) {
        if (!(error instanceof NativeCallError) || attempt > 100) throw error;
        retried.add(key);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };

  // 8 sessions debit one after another (160 debits); NATS is killed after the 40th answer.
  const amounts = Array.from({ length: 160 }, (_, i) => 1 + (i % 17));
  const results: { debited: number; replayed: boolean }[] = [];
  let answered = 0;
  let restarted: Promise<void> | undefined;
  const worker = async (w: number) => {
    for (let i = w; i < amounts.length; i += 8) {
      results[i] = await debitUntilAnswered(`rf-session-${i}/32/1`, amounts[i]);
      if (++answered === 40) restarted = server?.restart(300);
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
  await restarted;

  expect(results.map((r) => r.debited)).toEqual(amounts);
  const sum = amounts.reduce((a, b) => a + b, 0);
  expect(await abmf.getBucket({})).toEqual({ balance: INITIAL - sum, reserved: 0 });
  expect(retried.size).toBeGreaterThan(0); // the restart really cut calls off
  const replays = results.filter((r) => r.replayed).length;
  console.log(
    `NATS restart: ${retried.size} debits retried, ${replays} answered as replays of an applied debit`,
  );
}
