export * from "./types";
export { AbmfError, AbmfErrorCode } from "./abmf-error";
export { MemoryBalanceEngine } from "./memory-engine";
export { RedisBalanceEngine } from "./redis-engine";
