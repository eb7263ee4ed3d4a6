$version: "2.0"

// ABMF native-only operations for the charging flow (Rc): reserve, debit and release against
// the buckets of a product (TMF637 Product id). No REST binding: only the Rating Function calls
// them, through generated stubs. Amounts are exact integers in the smallest unit (see
// `BalanceUnit`), so no rounding happens between the RF's price and the bucket.
//
// A reservation is named by a `reservationKey` chosen by the caller; the RF uses
// `<RatingDataRef>/<ratingGroup>`. Reserve is "make sure at least this much is held", debit is
// deduplicated by `debitId`, release of an unknown key is a no-op: every call can be retried.
namespace oda.ccs.abmf

/// Unit of a bucket and of the amounts charged to it.
enum BalanceUnit {
    /// money, in millionths of the currency unit (0.75 CAD = 750000)
    MONEY = "money"
    /// data volume, octets
    OCTETS = "octets"
    /// time, seconds
    SECONDS = "seconds"
    /// events, e.g. messages
    EVENTS = "events"
}

/// What a debit does when the reservation and the available balance cannot cover it.
enum OverdraftPolicy {
    /// refuse the whole debit (`InsufficientBalance`), nothing changes
    REFUSE = "refuse"
    /// charge what is available, never below zero; the rest is the `shortfall`
    CAP = "cap"
    /// charge it all, the balance may go below zero
    ALLOW = "allow"
}

/// An exact amount of one unit.
structure BalanceAmount {
    @required
    units: BalanceUnit

    /// Signed where it is a balance (a final debit may overdraw), else non-negative.
    @required
    amount: BigInteger

    /// ISO 4217 alphabetic code, for `money` only.
    @pattern("^[A-Z]{3}$")
    currencyCode: String
}

/// Name of a reservation, chosen by the caller: `<RatingDataRef>/<ratingGroup>`.
@length(min: 1, max: 256)
string ReservationKey

/// Native only: holds `amount` for the reservation `reservationKey` on the buckets of
/// `productId`. If the reservation already holds at least `amount`, nothing changes (a retry
/// is harmless); otherwise the difference is taken from the available balance. When the
/// balance cannot cover it: with `allowPartial` what is left is reserved and `finalUnits` is
/// true; without it, `InsufficientBalance` and nothing is reserved.
@idempotent
@suppress(["HttpBindingsMissing"])
operation ReserveAmount {
    input := {
        @required
        reservationKey: ReservationKey

        /// TMF637 Product id whose buckets are charged.
        @required
        productId: String

        /// Amount the reservation must hold (non-negative).
        @required
        amount: BalanceAmount

        /// Reserve what is left when the balance is smaller than `amount`.
        allowPartial: Boolean = false

        /// With `allowPartial`: the reservation grows only by whole multiples of this amount (the
        /// price of one rating unit), so the last units are whole rating units; when not even one
        /// step is available, `InsufficientBalance` and nothing is reserved. Default: the
        /// smallest unit (1). Same `units` as `amount`; positive.
        partialStep: BigInteger

        /// When the reservation lapses and is refunded if neither debited nor released.
        @timestampFormat("date-time")
        expiresAt: Timestamp
    }

    output := {
        @required
        reservationKey: ReservationKey

        /// Amount held by the reservation after the call.
        @required
        reserved: BalanceAmount

        /// Balance available (not reserved) after the call.
        @required
        available: BalanceAmount

        /// True when the reservation holds less than `amount`: the last units of the balance.
        @required
        finalUnits: Boolean = false
    }

    errors: [
        InsufficientBalance
        oda.tmf#NotFound
        oda.tmf#BadRequest
        oda.tmf#InternalServerError
    ]
}

/// Native only: deducts `amount` used units or money. The reservation `reservationKey` is
/// consumed first, then the available balance; with `allowOverdraft` (usage already consumed,
/// e.g. at release) the balance may go below zero, otherwise `InsufficientBalance`. A call with a
/// `debitId` already applied returns the recorded result without debiting again.
@idempotent
@suppress(["HttpBindingsMissing"])
operation DebitAmount {
    input := {
        /// Deduplication key; the RF sends `<RatingDataRef>/<ratingGroup>/<invocationSequenceNumber>`.
        @required
        @idempotencyToken
        debitId: String

        /// Reservation to consume first; absent for a direct debit (immediate event charging).
        reservationKey: ReservationKey

        @required
        productId: String

        /// Amount to deduct (non-negative).
        @required
        amount: BalanceAmount

        /// Charge even if the balance goes negative (the same as `overdraft: allow`).
        allowOverdraft: Boolean = false

        /// What happens when the reservation and the available balance cannot cover `amount`:
        /// `refuse` (the default) answers `InsufficientBalance` and changes nothing; `cap` takes
        /// what is available, never below zero, and reports the rest as `shortfall` (the RF's
        /// choice for usage already consumed); `allow` takes it all, overdrawing the balance.
        overdraft: OverdraftPolicy
    }

    output := {
        /// Amount deducted: the request's, less `shortfall`.
        @required
        debited: BalanceAmount

        /// What could not be charged (only with `overdraft: cap`; else zero).
        shortfall: BalanceAmount

        /// True when `debitId` had already been applied: this is the recorded result.
        replayed: Boolean = false

        /// Part of it taken from the reservation.
        @required
        fromReservation: BalanceAmount

        /// What the reservation still holds.
        @required
        reserved: BalanceAmount

        /// Balance available after the debit (negative if overdrawn).
        @required
        available: BalanceAmount
    }

    errors: [
        InsufficientBalance
        oda.tmf#NotFound
        oda.tmf#BadRequest
        oda.tmf#InternalServerError
    ]
}

/// Native only: ends the reservation `reservationKey` and credits what it still holds back to
/// the balance (the unused part of the last grant). Releasing an unknown or already released
/// key refunds nothing and succeeds.
@idempotent
@suppress(["HttpBindingsMissing"])
operation ReleaseReservation {
    input := {
        @required
        reservationKey: ReservationKey

        /// TMF637 Product id whose buckets hold the reservation (as given to `ReserveAmount`),
        /// so that the ABMF finds it without an index of reservation keys.
        @required
        productId: String
    }

    output := {
        /// Amount credited back; absent when nothing was held.
        refunded: BalanceAmount

        /// Balance available after the refund, when the reservation existed.
        available: BalanceAmount
    }

    errors: [
        oda.tmf#InternalServerError
    ]
}

/// Native only: the balance of a product's buckets, per unit.
@readonly
@suppress(["HttpBindingsMissing"])
operation GetProductBalance {
    input := {
        @required
        productId: String
    }

    output := {
        /// One entry per unit (and currency) held by the product's buckets.
        @required
        balances: ProductBalanceList
    }

    errors: [
        oda.tmf#NotFound
        oda.tmf#InternalServerError
    ]
}

/// Balance of one unit over a product's active buckets.
structure ProductBalance {
    /// Not reserved; negative when overdrawn.
    @required
    available: BalanceAmount

    /// Sum of open reservations.
    @required
    reserved: BalanceAmount

    /// Ids of the buckets counted.
    @required
    bucketIds: BucketIdList
}

list ProductBalanceList {
    member: ProductBalance
}

list BucketIdList {
    member: String
}

/// The balance cannot cover the amount. Maps to resultCode `QUOTA_LIMIT_REACHED` at the RF.
@error("client")
@httpError(403)
structure InsufficientBalance with [oda.tmf#TmfError] {
    /// Balance available when the request was refused.
    available: BalanceAmount
}
