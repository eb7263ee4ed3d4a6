import { MemoryBalanceEngine, RedisBalanceEngine } from "../../src/abmf";
import { keyPrefix } from "../../src/store";
import { useRedis } from "../support/redis";
import { abmfContract } from "./abmf-contract";

abmfContract("memory", (options) => new MemoryBalanceEngine(options));

const redis = useRedis();
let n = 0;
abmfContract("redis", (options) =>
  redis.available
    ? new RedisBalanceEngine(
        redis.redis,
        keyPrefix({ lattice: redis.lattice, component: "abmf", collection: `b${n++}` }),
        options,
      )
    : undefined,
);
