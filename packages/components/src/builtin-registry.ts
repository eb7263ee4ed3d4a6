/**
 * The implementations `oda-host` knows by name, so that a manifest says
 * `implementation: service-inventory` rather than `./module#export`: the TM Forum components
 * (src/tmf) and the converged charging functions (src/ccs).
 */
import { ccsComponentModules } from "./ccs";
import type { ComponentRegistry } from "./host/component-module";
import { tmfComponentModules } from "./tmf";

export const BUILT_IN_COMPONENTS: ComponentRegistry = {
  ...tmfComponentModules,
  ...ccsComponentModules,
};
