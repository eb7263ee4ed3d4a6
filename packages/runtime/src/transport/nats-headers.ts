/** Between the envelope's plain header records and NATS MsgHdrs; reads ignore header-name case. */
import { headers as natsHeaders, type MsgHdrs } from "@nats-io/nats-core";
import type { WireHeaders } from "./envelope";

export function toMsgHdrs(record: WireHeaders): MsgHdrs {
  const hdrs = natsHeaders();
  for (const [name, value] of Object.entries(record)) hdrs.set(name, value);
  return hdrs;
}

/** A case-insensitive getter (other NATS clients may canonicalise or lower-case names). */
export function headerGetter(hdrs: MsgHdrs | undefined): (name: string) => string | undefined {
  if (!hdrs) return () => undefined;
  const byLowerName = new Map<string, string>();
  for (const key of hdrs.keys()) {
    const value = hdrs.get(key);
    if (value !== "" && !byLowerName.has(key.toLowerCase()))
      byLowerName.set(key.toLowerCase(), value);
  }
  return (name) => byLowerName.get(name.toLowerCase());
}
