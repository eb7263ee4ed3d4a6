// Placeholder until the validators land: the helper that owns src/validators replaces this file.
import type { Model } from "../model/model";
import type { ValidationEvent } from "../model/validation-event";

export function validateModel(_model: Model): ValidationEvent[] {
  return [];
}
