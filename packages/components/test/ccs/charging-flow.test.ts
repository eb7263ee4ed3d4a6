/**
 * The charging flow suite on the real components: in one process on the in-process transport
 * with memory stores, and on NATS + Redis with every component in its own host.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { NATS_URL, REDIS_URL, requireService } from "../../../../test/support/services";
import { describeChargingFlow } from "./charging-flow-contract";
import { startInProcessCanvas, startNatsCanvas, type Canvas } from "./canvas-fixture";

let inProcess: Canvas | undefined;
describeChargingFlow(
  "in process, memory stores",
  async () => (inProcess = await startInProcessCanvas()).target,
  async () => inProcess?.close(),
);

let onNats: Canvas | undefined;
let redis: Redis | undefined;
const lattice = `flow-${randomUUID().slice(0, 8)}`;
describeChargingFlow(
  "NATS + Redis, one host per component",
  async () => {
    if (!(await requireService("nats")) || !(await requireService("redis"))) return undefined;
    redis = new Redis(REDIS_URL);
    onNats = await startNatsCanvas({ natsUrl: NATS_URL, redisUrl: REDIS_URL, lattice, redis });
    return onNats.target;
  },
  async () => {
    await onNats?.close();
    if (redis) {
      const keys = await redis.keys(`*oda:${lattice}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  },
);
