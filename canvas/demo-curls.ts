/** The copy-paste curls `npm start` prints: one line each, single-quoted JSON bodies. */

export interface DemoCurls {
  readonly createService: string;
  readonly createCharging: string;
  readonly updateCharging: string;
  readonly releaseCharging: string;
}

const quote = (value: unknown) => `'${JSON.stringify(value).replace(/'/g, "'\\''")}'`;

function curl(method: string, url: string, body: unknown): string {
  return `curl -sS -i -X ${method} ${url} -H 'Content-Type: application/json' -d ${quote(body)}`;
}

/** A Nchf ChargingDataRequest for a 5G data session (rating group 32), as an SMF sends it. */
export function chargingRequest(
  subscriber: string,
  sequence: number,
  usedOctets?: number,
  final = false,
): Record<string, unknown> {
  return {
    subscriberIdentifier: subscriber,
    nfConsumerIdentification: { nodeFunctionality: "SMF" },
    invocationTimeStamp: "2026-01-01T00:00:00Z",
    invocationSequenceNumber: sequence,
    serviceSpecificationInfo: "32255@3gpp.org",
    multipleUnitUsage: [
      {
        ratingGroup: 32,
        // A final report asks for no more units.
        ...(final ? {} : { requestedUnit: {} }),
        ...(usedOctets !== undefined
          ? { usedUnitContainer: [{ totalVolume: usedOctets, localSequenceNumber: sequence }] }
          : {}),
      },
    ],
  };
}

export function demoCurls(rest: Readonly<Record<string, string>>, subscriber: string): DemoCurls {
  const chf = rest["ccs-chf"];
  return {
    createService: curl("POST", `${rest["service-inventory"]}/service`, {
      name: "5G data connectivity (second line)",
      state: "active",
      serviceSpecification: { id: "5g-data-connectivity" },
      serviceCharacteristic: [{ name: "subscriberIdentifier", value: "imsi-001010000000002" }],
    }),
    createCharging: curl("POST", `${chf}/chargingdata`, chargingRequest(subscriber, 1)),
    updateCharging: curl(
      "POST",
      `${chf}/chargingdata/<ref>/update`,
      chargingRequest(subscriber, 2, 50_000_000),
    ),
    releaseCharging: curl(
      "POST",
      `${chf}/chargingdata/<ref>/release`,
      chargingRequest(subscriber, 3, 1_000_000, true),
    ),
  };
}
