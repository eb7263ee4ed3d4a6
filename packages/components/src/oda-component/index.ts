// ODA Component manifests (oda.tmforum.org/v1) of host components, from the model and the host manifest.
export {
  contractInfo,
  ContractInfoError,
  type ContractInfo,
  type SpecificationInfo,
} from "./contract-info";
export {
  ODA_API_VERSION,
  apiName,
  odaComponent,
  odaComponents,
  renderOdaComponent,
  type OdaComponentDocument,
} from "./emit";
export { defaultModelPaths, loadContractModel, ModelLoadError } from "./load-model";
