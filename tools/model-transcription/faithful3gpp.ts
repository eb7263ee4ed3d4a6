const s = require("/work/main/packages/smithy/src/index.ts");
const fs = require("fs");
const m = s.assembleModel({ paths: ["/work/main/models"] }).model;
const cd = JSON.parse(fs.readFileSync("/tmp/h5/cd.json", "utf8")).components.schemas;
function resolve(doc: any, ref: string): any {
  const [file, ptr] = ref.split("#");
  const root = file.includes("CommonData") ? { components: { schemas: cd } } : doc;
  let x = root; for (const k of ptr.split("/").slice(1)) x = x[k];
  return x;
}
function jsonTypeOf(doc: any, sch: any, depth = 0): string {
  if (!sch || depth > 8) return "any";
  if (sch.$ref) return jsonTypeOf(doc, resolve(doc, sch.$ref), depth + 1);
  if (sch.allOf) return jsonTypeOf(doc, sch.allOf[0], depth + 1);
  if (sch.anyOf) return jsonTypeOf(doc, sch.anyOf[0], depth + 1);
  if (sch.oneOf) return "oneOf";
  return sch.type ?? "any";
}
function smithyType(target: string): string {
  const sh = m.getShape(target);
  switch (sh?.type) {
    case "string": case "enum": case "timestamp": return "string";
    case "integer": case "long": case "bigInteger": return "integer";
    case "float": case "double": return "number";
    case "boolean": return "boolean";
    case "list": return "array";
    case "structure": case "map": return "object";
    case "document": return "any";
  }
  return "?";
}
let problems = 0, n = 0;
function compare(doc: any, schemaName: string, shapeId: string) {
  const sch = doc.components.schemas[schemaName];
  const sh = m.getShape(shapeId);
  if (!sh) { console.log("MISSING", shapeId); problems++; return; }
  const byJson = new Map<string, any>();
  for (const mem of sh.members.values()) byJson.set(mem.traits.get("smithy.api#jsonName") ?? mem.name, mem);
  for (const [p, ps] of Object.entries<any>(sch.properties ?? {})) {
    n++;
    const mem = byJson.get(p);
    if (!mem) { console.log("MISSING prop", shapeId, p); problems++; continue; }
    const want = jsonTypeOf(doc, ps); const got = smithyType(mem.target);
    if (want !== got && !(got === "any") && want !== "oneOf") { console.log("TYPE", shapeId, p, want, got); problems++; }
    if (got === "any" && want !== "object" && want !== "any") { console.log("DOC for non-object", shapeId, p, want); }
    const req = (sch.required ?? []).includes(p);
    if (req !== mem.traits.has("smithy.api#required")) { console.log("REQUIRED", shapeId, p, req); problems++; }
  }
  for (const name of byJson.keys()) if (!(name in (sch.properties ?? {}))) console.log("EXTRA prop", shapeId, name);
}
const nchf = JSON.parse(fs.readFileSync("/tmp/h5/nchf.json", "utf8"));
for (const n of ["ChargingDataRequest", "ChargingDataResponse", "NFIdentification", "MultipleUnitUsage", "RequestedUnit", "GrantedUnit", "UsedUnitContainer", "MultipleUnitInformation", "Trigger", "FinalUnitIndication", "RedirectServer", "PDUSessionChargingInformation", "UserInformation", "PDUSessionInformation", "NetworkSlicingInfo", "ServingNetworkFunctionID", "PDUAddress", "InvocationResult"])
  compare(nchf, n, (n === "InvocationResult" ? "oda.ccs#" : "oda.ccs.chf#") + n);
compare({ components: { schemas: cd } }, "ProblemDetails", "oda.ccs#ProblemDetails");
const nrf = JSON.parse(fs.readFileSync("/work/shared/reference/3gpp/sigscale-nrf-rating/Nrf_Rating-v1.3.0.json", "utf8").replaceAll("https://api.swaggerhub.com/domains/SigScale/TS29571_CommonData/1.2.1", "TS29571_CommonData.yaml"));
for (const n of ["RatingDataRequest", "RatingDataResponse", "NFIdentification", "ServiceRatingRequest", "ServiceRatingResult", "OriginationId", "DestinationId", "UserInformation", "Counter", "CounterPrice", "CounterTariff", "ImpactOnCounter", "RequestedUnit", "GrantedUnit", "ConsumedUnit", "Price", "Tariff", "UnitValue", "RateElement", "FinalUnitIndication", "RedirectServer"])
  compare(nrf, n, "oda.ccs.rf#" + n);
console.log("problems", problems, "props", n);
