/**
 * Which official document each contract is checked against (`docs/models.md` names the versions),
 * and which of our services export its paths: the `…Listener` services carry the client-side
 * `/listener/*` paths the TMF documents show as examples.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import type { DocumentSet, Json } from "./schema-reader";

export interface SpecTarget {
  /** The name the report and the allow-list use. */
  id: string;
  /** Main document, relative to the reference folder; `$ref`s to other files are read from its folder. */
  main: string;
  services: string[];
  /** Check every definition, also those no path uses (the TMF documents); 3GPP: only the modeled operations. */
  allDefinitions: boolean;
}

export const SPEC_TARGETS: readonly SpecTarget[] = [
  {
    id: "TMF638",
    main: "tmf/specs/TMF638/TMF638-ServiceInventory-v4.0.0.swagger.json",
    services: ["oda.tmf638#ServiceInventory", "oda.tmf638#ServiceInventoryListener"],
    allDefinitions: true,
  },
  {
    id: "TMF637",
    main: "tmf/specs/TMF637/TMF637-ProductInventory-v4.0.0.swagger.json",
    services: ["oda.tmf637#ProductInventory", "oda.tmf637#ProductInventoryListener"],
    allDefinitions: true,
  },
  {
    id: "TMF620",
    main: "tmf/specs/TMF620/TMF620-ProductCatalog-v4.0.0.swagger.json",
    services: ["oda.tmf620#ProductCatalog", "oda.tmf620#ProductCatalogListener"],
    allDefinitions: true,
  },
  {
    id: "Nchf",
    main: "3gpp/openapi/Rel-17/TS32291_Nchf_ConvergedCharging.yaml",
    services: ["oda.ccs.chf#ConvergedCharging"],
    allDefinitions: false,
  },
];

/** The main document of a target, and a loader for the documents its `$ref`s name by file name. */
export function loadDocuments(referenceDir: string, target: SpecTarget): DocumentSet {
  const main = path.join(referenceDir, target.main);
  const read = (file: string): Json => {
    const text = fs.readFileSync(file, "utf8");
    return (file.endsWith(".json") ? JSON.parse(text) : parse(text)) as Json;
  };
  return {
    files: { [path.basename(main)]: read(main) },
    load: (name) => {
      const file = path.join(path.dirname(main), path.basename(name));
      return fs.existsSync(file) ? read(file) : undefined;
    },
  };
}
