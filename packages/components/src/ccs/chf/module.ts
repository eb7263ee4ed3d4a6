/** `ccs-chf` for the host: the CHF, with the native client of the RF, its one declared contract. */
import type { ComponentModule } from "../../host/component-module";
import {
  ConvergedChargingDescriptor,
  ConvergedChargingRest,
} from "../../../../../generated/converged-charging";
import { RatingDescriptor, type Rating } from "../../../../../generated/rating";
import { ChargingFunction } from "./charging-function";

export const chfModule: ComponentModule = {
  service: ConvergedChargingDescriptor,
  rest: ConvergedChargingRest,
  create(context) {
    return new ChargingFunction({
      rf: context.capabilities.client<Rating>(RatingDescriptor),
      sessions: context.store("chargingData"),
    });
  },
};
