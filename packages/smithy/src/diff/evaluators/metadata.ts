/**
 * Metadata keys added (NOTE), removed (DANGER) or changed (WARNING).
 * Reference: smithy-diff AddedMetadata, RemovedMetadata, ChangedMetadata.
 */
import { diffEvent, type DiffEvaluator } from "../evaluator";
import { prettyJson } from "../node-print";

export const addedMetadata: DiffEvaluator = {
  name: "AddedMetadata",
  evaluate(d) {
    return d.addedMetadata.map(([key, value]) =>
      diffEvent(
        "AddedMetadata",
        "NOTE",
        undefined,
        `Metadata key \`${key}\` was added with the following value: ${prettyJson(value)}`,
      ),
    );
  },
};

export const removedMetadata: DiffEvaluator = {
  name: "RemovedMetadata",
  evaluate(d) {
    return d.removedMetadata.map(([key, value]) =>
      diffEvent(
        `RemovedMetadata.${key}`,
        "DANGER",
        undefined,
        `Metadata key \`${key}\` was removed with the following value: ${prettyJson(value)}`,
      ),
    );
  },
};

export const changedMetadata: DiffEvaluator = {
  name: "ChangedMetadata",
  evaluate(d) {
    return d.changedMetadata.map((m) =>
      diffEvent(
        "ChangedMetadata",
        "WARNING",
        undefined,
        `Metadata key \`${m.key}\` was changed from ${prettyJson(m.old)} to ${prettyJson(m.new)}`,
      ),
    );
  },
};
