import type { Model } from "../model/model";
import type { ValidationEvent } from "../model/validation-event";
import { compareEvents } from "../model/validation-event";
import { ValidationContext } from "./core/context";
import { createDecorator } from "./core/suppressions";
import { loadMetadataValidators } from "./core/metadata-validators";
import { isPreludeId } from "../model/shape-id";
import type { Validator } from "./core/validator";
import { targetValidator } from "./shapes/target-validator";
import { traitTargetValidator } from "./traits/trait-target-validator";
import { traitValueValidator } from "./traits/trait-value-validator";
import { httpLabelTraitValidator } from "./http/http-label-trait-validator";
import { httpMethodSemanticsValidator } from "./http/http-method-semantics-validator";
import { httpPayloadValidator } from "./http/http-payload-validator";
import { httpHeaderTraitValidator } from "./http/http-header-trait-validator";
import { httpUriConflictValidator } from "./http/http-uri-conflict-validator";
import { httpQueryTraitValidator } from "./http/http-query-trait-validator";
import { httpPrefixHeadersTraitValidator } from "./http/http-prefix-headers-trait-validator";
import { httpResponseCodeSemanticsValidator } from "./http/http-response-code-semantics-validator";
import { resourceIdentifierBindingValidator } from "./service/resource-identifier-binding-validator";
import { resourceLifecycleValidator } from "./service/resource-lifecycle-validator";
import { shapeIdConflictValidator } from "./shapes/shape-id-conflict-validator";
import { paginatedTraitValidator } from "./service/paginated-trait-validator";
import { traitConflictValidator } from "./traits/trait-conflict-validator";
import { exclusiveStructureMemberTraitValidator } from "./traits/exclusive-structure-member-trait-validator";
import { lengthTraitValidator } from "./traits/length-trait-validator";
import { rangeTraitValidator } from "./traits/range-trait-validator";
import { privateAccessValidator } from "./shapes/private-access-validator";
import { enumShapeValidator } from "./shapes/enum-shape-validator";
import { operationValidator } from "./service/operation-validator";
import { defaultTraitValidator } from "./traits/default-trait-validator";
import { httpQueryParamsTraitValidator } from "./http/http-query-params-trait-validator";
import { resourceCycleValidator } from "./service/resource-cycle-validator";
import {
  singleOperationBindingValidator,
  singleResourceBindingValidator,
} from "./service/single-binding-validators";
import { httpUriGreedyLabelValidator } from "./http/http-uri-greedy-label-validator";
import { resourceIdentifierValidator } from "./service/resource-identifier-validator";
import { httpBindingsMissingValidator } from "./http/http-bindings-missing-validator";
import { serviceValidator } from "./service/service-validator";
import { shapeRecursionValidator } from "./shapes/shape-recursion-validator";
import { httpBindingTraitIgnoredValidator } from "./http/http-binding-trait-ignored-validator";
import { patternTraitValidator } from "./traits/pattern-trait-validator";
import { unitTypeValidator } from "./shapes/unit-type-validator";
import { unionValidator } from "./shapes/union-validator";
import { idempotentTraitValidator } from "./service/idempotent-trait-validator";
import { metadataTraitValidator } from "./traits/metadata-trait-validator";
import { typedMetadataValidator } from "./traits/typed-metadata-validator";
import { streamingTraitValidator } from "./shapes/streaming-trait-validator";
import { referencesTraitValidator } from "./service/references-trait-validator";
import { deprecatedTraitValidator } from "./traits/deprecated-trait-validator";
import { unstableTraitValidator } from "./traits/unstable-trait-validator";
import { privateMixinMemberValidator } from "./shapes/private-mixin-member-validator";
import { idempotencyTokenIgnoredValidator } from "./service/idempotency-token-ignored-validator";
import { defaultValueInUpdateValidator } from "./service/default-value-in-update-validator";
import { examplesTraitValidator } from "./service/examples-trait-validator";
import { resourceOperationInputOutputValidator } from "./service/resource-operation-input-output-validator";
import { memberShouldReferenceResourceValidator } from "./service/member-should-reference-resource-validator";
import { serviceBoundResourceOperationValidator } from "./service/service-bound-resource-operation-validator";
import { jsonNameValidator } from "./shapes/json-name-validator";
import { xmlFlattenedTraitValidator } from "./shapes/xml-flattened-trait-validator";
import { requestCompressionTraitValidator } from "./shapes/request-compression-trait-validator";
import {
  authTraitValidator,
  httpApiKeyAuthTraitValidator,
  serviceAuthDefinitionsValidator,
} from "./service/auth-validators";
import {
  corsTraitValidator,
  eventPayloadTraitValidator,
  httpUriFormatValidator,
} from "./shapes/small-trait-validators";
import { enumTraitValidator } from "./traits/enum-trait-validator";
import { traitValidatorsValidator } from "./traits/trait-validators-validator";
import { traitBreakingChangesValidator } from "./traits/trait-breaking-changes-validator";
import { mediaTypeValidator } from "./shapes/media-type-validator";
import { xmlNamespaceTraitValidator } from "./shapes/xml-namespace-trait-validator";
import { noInlineDocumentSupportValidator } from "./shapes/no-inline-document-support-validator";
import { hostLabelTraitValidator } from "./http/host-label-trait-validator";
import { shapeClosureValidator } from "./service/shape-closure-validator";

/**
 * The built-in validators, run after a model is assembled
 * (https://smithy.io/2.0/spec/model-validation.html). Each reports events with its own id.
 * Like the reference's ModelValidator they run in three stages, and a stage that produces an
 * ERROR stops validation: correctness (relationships resolve), then the critical validators
 * (traits, enums, defaults, shape ids) that later validators rely on, then all others.
 */
export const CORRECTNESS_VALIDATORS: readonly Validator[] = [
  targetValidator,
  resourceCycleValidator,
];

export const CRITICAL_VALIDATORS: readonly Validator[] = [
  enumShapeValidator,
  exclusiveStructureMemberTraitValidator,
  traitTargetValidator,
  traitValueValidator,
  traitConflictValidator,
  defaultTraitValidator,
  shapeIdConflictValidator,
  singleOperationBindingValidator,
  singleResourceBindingValidator,
];

export const OTHER_VALIDATORS: readonly Validator[] = [
  // Services, operations and resources.
  serviceValidator,
  operationValidator,
  resourceIdentifierValidator,
  resourceIdentifierBindingValidator,
  resourceLifecycleValidator,
  resourceOperationInputOutputValidator,
  memberShouldReferenceResourceValidator,
  serviceBoundResourceOperationValidator,
  referencesTraitValidator,
  paginatedTraitValidator,
  idempotentTraitValidator,
  idempotencyTokenIgnoredValidator,
  defaultValueInUpdateValidator,
  examplesTraitValidator,
  // HTTP bindings and endpoints.
  httpLabelTraitValidator,
  httpUriConflictValidator,
  httpUriGreedyLabelValidator,
  httpUriFormatValidator,
  httpMethodSemanticsValidator,
  httpPayloadValidator,
  httpHeaderTraitValidator,
  httpQueryTraitValidator,
  httpQueryParamsTraitValidator,
  httpPrefixHeadersTraitValidator,
  httpResponseCodeSemanticsValidator,
  httpBindingsMissingValidator,
  httpBindingTraitIgnoredValidator,
  hostLabelTraitValidator,
  corsTraitValidator,
  // Shapes and constraint traits.
  shapeRecursionValidator,
  unionValidator,
  unitTypeValidator,
  lengthTraitValidator,
  rangeTraitValidator,
  patternTraitValidator,
  enumTraitValidator,
  privateAccessValidator,
  privateMixinMemberValidator,
  // Protocols, auth and serialization traits.
  authTraitValidator,
  serviceAuthDefinitionsValidator,
  httpApiKeyAuthTraitValidator,
  requestCompressionTraitValidator,
  streamingTraitValidator,
  eventPayloadTraitValidator,
  noInlineDocumentSupportValidator,
  jsonNameValidator,
  mediaTypeValidator,
  xmlFlattenedTraitValidator,
  xmlNamespaceTraitValidator,
  // Trait definitions, documentation and metadata.
  traitValidatorsValidator,
  traitBreakingChangesValidator,
  deprecatedTraitValidator,
  unstableTraitValidator,
  metadataTraitValidator,
  typedMetadataValidator,
  shapeClosureValidator,
];

export const BUILT_IN_VALIDATORS: readonly Validator[] = [
  ...CORRECTNESS_VALIDATORS,
  ...CRITICAL_VALIDATORS,
  ...OTHER_VALIDATORS,
];

function runValidator(validator: Validator, ctx: ValidationContext): ValidationEvent[] {
  try {
    return validator.validate(ctx);
  } catch (error) {
    // A validator bug must not crash the caller; it becomes one event.
    return [
      {
        id: validator.name,
        severity: "ERROR",
        message: `Validator ${validator.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        sourceLocation: { filename: "", line: 0, column: 0 },
      },
    ];
  }
}

export interface ValidateOptions {
  /**
   * Keep going after ERRORs from the critical validators (the reference's internal legacy
   * validation mode, which its errorfiles runner uses for cases that expect both kinds of events).
   */
  readonly legacyValidationMode?: boolean;
}

/** Event ids of the correctness and critical validators (the reference's ValidationUtils.isCriticalEvent). */
export function isCriticalEventId(id: string): boolean {
  const base = id.split(".")[0]!;
  return [...CORRECTNESS_VALIDATORS, ...CRITICAL_VALIDATORS].some((v) => v.name === base);
}

/**
 * Runs the built-in validators stage by stage, applies `@suppress` traits, `metadata suppressions`
 * and `metadata severityOverrides`, and returns the events sorted by location. Non-ERROR events
 * about prelude shapes are dropped, as the reference does.
 */
export function validateModel(model: Model, options: ValidateOptions = {}): ValidationEvent[] {
  const ctx = new ValidationContext(model);
  const decorator = createDecorator(model);
  const metadataValidators = loadMetadataValidators(ctx);
  const events: ValidationEvent[] = [
    ...decorator.configErrors,
    ...metadataValidators.errors.map((e) => decorator.decorate(e)),
  ];
  const hasError = () => events.some((e) => e.severity === "ERROR");
  const stages = [
    CORRECTNESS_VALIDATORS,
    CRITICAL_VALIDATORS,
    [...OTHER_VALIDATORS, ...metadataValidators.validators],
  ];
  for (const [index, stage] of stages.entries()) {
    for (const validator of stage) {
      for (const event of runValidator(validator, ctx)) {
        if (event.severity !== "ERROR" && event.shapeId !== undefined && isPreludeId(event.shapeId))
          continue;
        events.push(decorator.decorate(event));
      }
    }
    const stopsHere = index === 0 || !options.legacyValidationMode;
    if (stopsHere && hasError()) break;
  }
  return events.sort(compareEvents);
}

export type { Validator } from "./core/validator";
export { ValidationContext } from "./core/context";
export { parseSelector, SelectorSyntaxError } from "./selector/parser";
