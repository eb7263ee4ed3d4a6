/**
 * The implementations `oda-host` knows by name. The ODA Components of this package register here
 * once their generated interfaces exist; until then a manifest names `./module#export`.
 */
import type { ComponentRegistry } from "./component-module";

export const BUILT_IN_COMPONENTS: ComponentRegistry = {};
