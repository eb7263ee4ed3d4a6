$version: "2.0"

// The Account Balance Management Function (ABMF) of the Converged Charging System (the Rc
// reference point of TS 32.296, for which 3GPP publishes no API). Its REST front end follows
// TMF654 Prepay Balance Management v4.0.0 (`/tmf-api/prepayBalanceManagement/v4`): buckets,
// accumulated balances, top-up, adjustment, transfer and reservation resources. The charging
// flow itself uses the native-only operations of `charging.smithy` (reserve, debit, release),
// which are idempotent by a reservation key.
namespace oda.ccs.abmf

@oda#specification(
    sdo: "TM Forum"
    id: "TMF654"
    name: "Prepay Balance Management"
    version: "4.0.0"
    url: "https://github.com/tmforum-apis/TMF654_PrepayBalanceManagement"
)
@oda#restApi(basePath: "/tmf-api/prepayBalanceManagement/v4", errorFormat: "tmf", trailingSlash: true)
@oda#component(id: "CCS-ABMF", name: "ccs-abmf", functionalBlock: "Production")
@oda#hub(
    register: "oda.ccs.abmf#RegisterListener"
    unregister: "oda.ccs.abmf#UnregisterListener"
    listener: "oda.ccs.abmf#BalanceManagementListener"
    events: [
        { event: "oda.ccs.abmf#TopupBalanceCreateEvent", kind: "create" }
        { event: "oda.ccs.abmf#TopupBalanceCancelEvent", kind: "cancel" }
        { event: "oda.ccs.abmf#TopupBalanceFailureEvent", kind: "failure" }
        { event: "oda.ccs.abmf#AdjustBalanceCreateEvent", kind: "create" }
        { event: "oda.ccs.abmf#AdjustBalanceCancelEvent", kind: "cancel" }
        { event: "oda.ccs.abmf#AdjustBalanceFailureEvent", kind: "failure" }
        { event: "oda.ccs.abmf#TransferBalanceCreateEvent", kind: "create" }
        { event: "oda.ccs.abmf#TransferBalanceCancelEvent", kind: "cancel" }
        { event: "oda.ccs.abmf#TransferBalanceFailureEvent", kind: "failure" }
        { event: "oda.ccs.abmf#ReserveBalanceCreateEvent", kind: "create" }
        { event: "oda.ccs.abmf#ReserveBalanceCancelEvent", kind: "cancel" }
        { event: "oda.ccs.abmf#ReserveBalanceFailureEvent", kind: "failure" }
    ]
)
service BalanceManagement {
    version: "4.0.0"
    resources: [
        BucketResource
        AccumulatedBalanceResource
        BalanceActionHistoryResource
        TopupBalanceResource
        AdjustBalanceResource
        TransferBalanceResource
        ReserveBalanceResource
        HubResource
    ]
    operations: [
        ReserveAmount
        DebitAmount
        ReleaseReservation
        GetProductBalance
    ]
}
