import { exportOpenApi } from "@oda-codegen/codegen";
import { isFailure } from "@oda-codegen/smithy";
import { loadModels } from "../load-model";
import { formatEventReport } from "../report-events";
import { UsageError } from "../usage-error";

/** `oda-codegen openapi --service <id>`: the service's REST front end as OpenAPI 3.1 on stdout. */
export function runOpenApi(paths: string[], serviceId: string): number {
  const result = loadModels(paths);
  if (!result.model || result.events.some(isFailure)) {
    process.stderr.write(formatEventReport(result.events) + "\n");
    return 1;
  }
  const service = result.model.getShape(serviceId);
  if (!service || service.type !== "service") {
    const known = result.model.shapesOfType("service").map((s) => s.id).filter((id) => !id.startsWith("smithy."));
    throw new UsageError(`no service ${serviceId} in the model (services: ${known.join(", ") || "none"})`);
  }
  process.stdout.write(JSON.stringify(exportOpenApi(result.model, serviceId), null, 2) + "\n");
  return 0;
}
