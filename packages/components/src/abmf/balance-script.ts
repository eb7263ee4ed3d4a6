/**
 * The Redis balance engine's one Lua script: every action on a bucket, atomic. Redis runs a
 * script alone, so no other client sees or changes the bucket between its reads and writes.
 *
 * KEYS[1] bucket hash {account, unit, balance, reserved}
 * KEYS[2] reservations hash {reservation key -> amount held}
 * KEYS[3] expiry sorted set {reservation key, score expiresAt}
 * KEYS[4] result record of (action, key), for debit, topUp and adjust: the first result, kept
 *         for the idempotency window
 * ARGV    action, key, amount, now, ttlMs, option, windowMs, reservation key (debit)
 *         option: the partial step (reserve), refuse | cap | allow (debit)
 *
 * Returns {1, json} for a replay, {0, json} otherwise; json is {"error": code, ...} when the
 * action is refused (nothing recorded then, so it may be retried). Amounts travel as decimal
 * strings: Lua numbers are doubles, exact up to 2^53 (MAX_AMOUNT), and cjson would print them
 * with 14 significant digits.
 */
import { LuaScript } from "../store/lua-script";

export const BALANCE_SCRIPT = new LuaScript(
  "abmf.apply",
  `
local function s(n) return string.format('%.0f', n) end
local action, key = ARGV[1], ARGV[2]
local amount, now, ttl = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local option, window, rkey = ARGV[6], tonumber(ARGV[7]), ARGV[8]
local MAX = 9007199254740991

if redis.call('EXISTS', KEYS[1]) == 0 then return {0, cjson.encode({error = 'BUCKET_NOT_FOUND'})} end

-- Expired reservations give their units back before anything else looks at the bucket.
local balance = tonumber(redis.call('HGET', KEYS[1], 'balance'))
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved'))
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
if #expired > 0 then
  for _, k in ipairs(expired) do
    reserved = reserved - tonumber(redis.call('HGET', KEYS[2], k) or '0')
    redis.call('HDEL', KEYS[2], k)
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
  redis.call('HSET', KEYS[1], 'reserved', s(reserved))
end
if action == 'get' then return {0, cjson.encode({balance = s(balance), reserved = s(reserved)})} end

local recorded = action == 'debit' or action == 'topUp' or action == 'adjust'
if recorded then
  local prior = redis.call('GET', KEYS[4])
  if prior then return {1, prior} end
end

local available = balance - reserved
local function refuse(wanted)
  return {0, cjson.encode({error = 'QUOTA_LIMIT_REACHED', available = s(available), wanted = s(wanted)})}
end
local result
if action == 'reserve' then
  local held = tonumber(redis.call('HGET', KEYS[2], key) or '0')
  local need = math.max(amount - held, 0)
  local added = need
  if need > available then
    if option == '' then return refuse(need) end
    local step = tonumber(option)
    local free = math.max(available, 0)
    added = free - math.fmod(free, step)
    if held + added == 0 then return refuse(step) end
  end
  redis.call('HSET', KEYS[2], key, s(held + added))
  redis.call('ZADD', KEYS[3], now + ttl, key)
  reserved = reserved + added
  result = {action = action, requested = s(amount), reserved = s(held + added), added = s(added),
            finalUnits = held + added < amount, expiresAt = s(now + ttl), available = s(balance - reserved)}
elseif action == 'debit' then
  local held = 0
  if rkey ~= '' then held = tonumber(redis.call('HGET', KEYS[2], rkey) or '0') end
  local fromReservation = math.min(amount, held)
  local rest = amount - fromReservation
  local fromAvailable = math.min(rest, math.max(available, 0))
  local shortfall = rest - fromAvailable
  if shortfall > 0 and option == 'refuse' then return refuse(rest) end
  if option == 'allow' then shortfall = 0 end
  local debited = amount - shortfall
  if balance - debited < -MAX then return {0, cjson.encode({error = 'INVALID_AMOUNT'})} end
  balance = balance - debited
  reserved = reserved - fromReservation
  if held > 0 then
    if held == fromReservation then
      redis.call('HDEL', KEYS[2], rkey)
      redis.call('ZREM', KEYS[3], rkey)
    else
      redis.call('HSET', KEYS[2], rkey, s(held - fromReservation))
    end
  end
  result = {action = action, requested = s(amount), debited = s(debited), fromReservation = s(fromReservation),
            reserved = s(held - fromReservation), shortfall = s(shortfall), balance = s(balance),
            available = s(balance - reserved)}
elseif action == 'release' then
  local held = tonumber(redis.call('HGET', KEYS[2], key) or '0')
  reserved = reserved - held
  redis.call('HDEL', KEYS[2], key)
  redis.call('ZREM', KEYS[3], key)
  result = {action = action, released = s(held), available = s(balance - reserved)}
elseif action == 'topUp' or action == 'adjust' then
  if amount < 0 and -amount > available then return refuse(-amount) end
  if balance + amount > MAX then return {0, cjson.encode({error = 'INVALID_AMOUNT'})} end
  balance = balance + amount
  result = {action = action, amount = s(amount), balance = s(balance), available = s(balance - reserved)}
else
  return redis.error_reply('unknown action ' .. action)
end

redis.call('HSET', KEYS[1], 'balance', s(balance), 'reserved', s(reserved))
local json = cjson.encode(result)
if recorded then redis.call('SET', KEYS[4], json, 'PX', window) end
return {0, json}
`,
);

/** KEYS: bucket hash. ARGV: account, unit, initial. Returns {created, account, unit}. */
export const CREATE_BUCKET_SCRIPT = new LuaScript(
  "abmf.createBucket",
  `
local cur = redis.call('HMGET', KEYS[1], 'account', 'unit')
if cur[1] then return {0, cur[1], cur[2]} end
redis.call('HSET', KEYS[1], 'account', ARGV[1], 'unit', ARGV[2], 'balance', ARGV[3], 'reserved', '0')
return {1, ARGV[1], ARGV[2]}
`,
);
