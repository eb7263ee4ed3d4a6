import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "./context";

/** One validator: a name (the event id it reports) and a pure check over the model. */
export interface Validator {
  readonly name: string;
  validate(ctx: ValidationContext): ValidationEvent[];
}
