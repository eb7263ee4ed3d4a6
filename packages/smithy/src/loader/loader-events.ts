/** Events the loaders report, worded as the reference words them. */
import type { SourceLocation } from "../model/source-location";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { IdlSyntaxError } from "./idl-tokenizer";

export const BAD_DOC_COMMENT = "Model.BadDocumentationComment";

export function badDocCommentEvent(location: SourceLocation, comments: string | undefined): ValidationEvent {
  let message =
    "Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own " +
    "lines, directly before shapes and members, and before any traits.";
  if (comments !== undefined) message += ` The invalid comments were: ${comments}`;
  return { id: BAD_DOC_COMMENT, severity: Severity.WARNING, message, sourceLocation: location };
}

export function syntaxErrorEvent(e: IdlSyntaxError): ValidationEvent {
  return {
    id: "Model",
    severity: Severity.ERROR,
    message: e.message,
    sourceLocation: e.location,
    ...(e.shapeId ? { shapeId: e.shapeId } : {}),
  };
}

