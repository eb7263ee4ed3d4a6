// smithy-diff in TypeScript: breaking-change events between two models.
export {
  detectDifferences,
  type Differences,
  type ChangedShape,
  type DiffShape,
} from "./differences";
export { diffModels, evaluateDifferences, compareDiffEvents, DIFF_EVALUATORS } from "./model-diff";
export type { DiffEvaluator } from "./evaluator";
export { DiffFormat, formatDiffEvent, formatDiffJson, formatDiffGithub } from "./format";
