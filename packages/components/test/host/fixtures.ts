/** Manifests shared by the host tests: the Catalyst's decomposed CCS with its three inventories. */
export const SERVICE_INVENTORY = "oda.tmf638#ServiceInventory";
export const PRODUCT_INVENTORY = "oda.tmf637#ProductInventory";
export const PRODUCT_CATALOG = "oda.tmf620#ProductCatalog";
export const CHF = "oda.ccs.chf#ConvergedCharging";
export const RATING = "oda.ccs.rf#Rating";
export const ABMF = "oda.ccs.abmf#BalanceManagement";

export const CCS_MANIFEST = `# One host for the whole demo
transport:
  nats:
    servers: [nats://127.0.0.1:4222]
    lattice: demo
redis:
  url: \${REDIS_URL:-redis://127.0.0.1:6379}
health:
  port: 8099
components:
  - name: service-inventory
    contract: ${SERVICE_INVENTORY}
    implementation: service-inventory
    frontEnds: both
    rest: { port: 8638, basePath: /tmf-api/serviceInventory/v4 }
    store: redis
  - name: product-inventory
    contract: ${PRODUCT_INVENTORY}
    implementation: product-inventory
    frontEnds: native
    store: memory
  - name: product-catalog
    contract: ${PRODUCT_CATALOG}
    implementation: product-catalog
    store: memory
  - name: chf
    contract: ${CHF}
    implementation: ccs-chf
    frontEnds: rest
    rest: { port: 8080, basePath: /nchf-convergedcharging/v3 }
    calls: [${RATING}]
  - name: rf
    contract: ${RATING}
    implementation: ccs-rf
    calls:
      - ${SERVICE_INVENTORY}
      - ${PRODUCT_INVENTORY}
      - ${PRODUCT_CATALOG}
      - ${ABMF}
  - name: abmf
    contract: ${ABMF}
    implementation: ./ccs/abmf#createAbmf
    store: redis
`;
