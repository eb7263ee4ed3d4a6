const s = require("/work/main/packages/smithy/src/index.ts");
const fs = require("fs");
const r = s.assembleModel({ paths: ["/work/main/models"] });
const m = r.model;
const specs: [string, string, string][] = [
  ["oda.tmf638", "/work/shared/reference/tmf/specs/TMF638/TMF638-ServiceInventory-v4.0.0.swagger.json", "/tmf-api/serviceInventory/v4"],
  ["oda.tmf637", "/work/shared/reference/tmf/specs/TMF637/TMF637-ProductInventory-v4.0.0.swagger.json", "/tmf-api/productInventory/v4"],
  ["oda.tmf620", "/work/shared/reference/tmf/specs/TMF620/TMF620-ProductCatalog-v4.0.0.swagger.json", "/tmf-api/productCatalogManagement/v4"],
  ["oda.ccs.abmf", "/work/shared/reference/3gpp/tmf654/TMF654-PrepayBalance-v4.0.0.swagger.json", "/tmf-api/prepayBalanceManagement/v4"],
];
function jsonType(target: string): string {
  const sh = m.getShape(target);
  if (!sh) return "?" + target;
  switch (sh.type) {
    case "string": case "enum": case "timestamp": return "string";
    case "integer": case "long": case "short": case "byte": case "bigInteger": return "integer";
    case "float": case "double": case "bigDecimal": return "number";
    case "boolean": return "boolean";
    case "list": return "array";
    case "structure": case "map": return "object";
    case "document": return "any";
  }
  return sh.type;
}
let problems = 0;
for (const [ns, file, base] of specs) {
  const sw = JSON.parse(fs.readFileSync(file, "utf8"));
  const defs = sw.definitions;
  const errNs = ns === "oda.ccs.abmf" ? "oda.tmf" : "oda.tmf";
  for (const [name, d] of Object.entries<any>(defs)) {
    const id = ["Error", "EventSubscription", "EventSubscriptionInput"].includes(name) ? `oda.tmf#${name === "Error" ? "BadRequest" : name}` : `${ns}#${name}`;
    if (name === "Any") continue;
    const sh = m.getShape(id);
    if (!sh) { console.log("MISSING def", id); problems++; continue; }
    if (d.enum) { const vals = [...sh.members.values()].map((x: any) => x.traits.get("smithy.api#enumValue") ?? x.name); for (const v of d.enum) if (!vals.includes(v)) { console.log("enum value", id, v); problems++; } continue; }
    const byJson = new Map<string, any>();
    for (const mem of sh.members.values()) byJson.set((mem.traits.get("smithy.api#jsonName") as string) ?? mem.name, mem);
    for (const [p, ps] of Object.entries<any>(d.properties ?? {})) {
      (globalThis as any).n = ((globalThis as any).n ?? 0) + 1; const mem = byJson.get(p);
      if (!mem) { console.log("MISSING prop", id, p); problems++; continue; }
      let want = ps.type ?? (ps.$ref ? (ps.$ref.endsWith("/Any") ? "any" : (defs[ps.$ref.split("/").pop()].enum ? "string" : "object")) : "any");
      const got = jsonType(mem.target);
      if (want !== got) { console.log("TYPE", id, p, want, got); problems++; }
      const req = (d.required ?? []).includes(p);
      if (req !== mem.traits.has("smithy.api#required")) { console.log("REQUIRED", id, p, req); problems++; }
      if (ps.format === "date-time" && !mem.traits.has("smithy.api#timestampFormat")) { console.log("datetime", id, p); problems++; }
    }
  }
  // operations
  const ops = m.shapesOfType("operation").filter((o: any) => o.id.startsWith(ns + "#") && o.traits.has("smithy.api#http"));
  const index = new Map<string, any>();
  for (const o of ops) { const h: any = o.traits.get("smithy.api#http"); index.set(h.method + " " + h.uri, o); }
  for (const [p, item] of Object.entries<any>(sw.paths)) for (const [meth, op] of Object.entries<any>(item)) {
    const key = meth.toUpperCase() + " " + base + p.replace(/\/$/, "");
    const o = index.get(key);
    if (!o) { console.log("MISSING op", key); problems++; continue; }
    index.delete(key);
    const h: any = o.traits.get("smithy.api#http");
    const codes = Object.keys(op.responses);
    const ok = codes.filter((c) => c < "300");
    if (ok.length !== 1 || Number(ok[0]) !== h.code) { console.log("CODE", key, ok, h.code); problems++; }
    const errs = o.errors.map((e: string) => String(m.getShape(e).traits.get("smithy.api#httpError"))).sort();
    const want = codes.filter((c) => c >= "300").sort();
    if (JSON.stringify(errs) !== JSON.stringify(want)) { console.log("ERRS", key, want, errs); problems++; }
    for (const prm of op.parameters ?? []) {
      if (prm.in === "query") { const inp = m.getShape(o.input); const found = [...inp.members.values()].some((x: any) => x.traits.get("smithy.api#httpQuery") === prm.name); if (!found) { console.log("QUERY", key, prm.name); problems++; } }
    }
  }
  for (const k of index.keys()) console.log("EXTRA op", ns, k);
}
console.log("problems", problems, "props checked", (globalThis as any).n);
