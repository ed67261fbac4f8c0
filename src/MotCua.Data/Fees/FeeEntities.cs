using MotCua.Domain.Catalog;
using MotCua.Domain.Fees;

namespace MotCua.Data.Fees;

/// <summary>
/// An electronic receipt (biên lai điện tử, R29): one per collection, numbered per collector and year in
/// its series, never deleted. A cancellation or a refund is written on it with who approved it and why;
/// its PDF is an issued form stored unchanged (R52). The ledger of the collector's remittances and of
/// each agency's monthly reconciliation.
/// </summary>
public sealed class Receipt
{
    public const int MaxSeriesLength = 20;
    public const int MaxTextLength = 500;

    /// <summary>The id the dossier's payment refers to.</summary>
    public required Guid Id { get; init; }
    /// <summary>The receipt template's symbol (ký hiệu mẫu), as registered by the collector.</summary>
    public required string Template { get; init; }
    /// <summary>The series (ký hiệu biên lai), which names the year.</summary>
    public required string Series { get; init; }
    public required int Year { get; init; }
    /// <summary>Sequential per collector, series and year, without gaps (issued in the collection's transaction).</summary>
    public required long Number { get; init; }
    /// <summary>The unit that took the money: the Center or the agency (R29).</summary>
    public required string CollectorUnitId { get; init; }
    /// <summary>The agency the fees belong to.</summary>
    public required string AgencyId { get; init; }
    public required string ProcedureCode { get; init; }
    public required Domain.Codes.DossierCode DossierCode { get; init; }
    public required int HistorySequence { get; init; }
    public required string Payer { get; init; }
    public required IReadOnlyList<FeeItem> Items { get; init; }
    public required long Total { get; init; }
    public required PaymentMethod Method { get; init; }
    public required DateTimeOffset CollectedAt { get; init; }
    public required string CollectedById { get; init; }
    public required string CollectedByName { get; init; }
    /// <summary>The payment gateway's transaction number, for an online payment.</summary>
    public string? GatewayTransaction { get; init; }

    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }
    public string? CancelReason { get; set; }

    public long Refunded { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }
    public string? RefundedBy { get; set; }
    public string? RefundReason { get; set; }

    /// <summary>The receipt's PDF in the file store, drawn at its first print and served unchanged after (R52, ADR 10); null until printed.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The remittance that moved this money on; null while the collector still holds it.</summary>
    public Guid? RemittanceId { get; set; }

    /// <summary>
    /// Money taken back after this receipt was remitted (a refund, a cancellation), not yet taken off a later
    /// remittance: negative, or zero. The collector holds it below zero until the next remittance settles it (ADR 13).
    /// </summary>
    public long Correction { get; set; }

    /// <summary>What this receipt leaves with the collector: nothing when cancelled, the total less any refund otherwise.</summary>
    public long Net => CancelledAt is null ? Total - Refunded : 0;

    /// <summary>"Số 0000012", as a receipt prints its number.</summary>
    public string NumberText => Number.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Cash deposited or money transferred by a collector to the treasury or an agency's account, on the profile's schedule (R29).</summary>
public sealed class Remittance
{
    public const int MaxReferenceLength = 100;

    public required Guid Id { get; init; }
    public required string CollectorUnitId { get; init; }
    public required string AgencyId { get; init; }
    public required PaymentMethod Method { get; init; }
    public required long Amount { get; init; }
    /// <summary>The bank's or the treasury's reference of the transfer or the deposit slip.</summary>
    public required string Reference { get; init; }
    public required DateTimeOffset RemittedAt { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedById { get; init; }
    public required string RecordedByName { get; init; }
}

/// <summary>An agency's confirmation of one month's reconciliation with its collector (R60), with the figures it confirmed.</summary>
public sealed class Reconciliation
{
    public long Id { get; init; }
    public required string AgencyId { get; init; }
    public required string CollectorUnitId { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required int Receipts { get; init; }
    public required long Collected { get; init; }
    public required long Cancelled { get; init; }
    public required long Refunded { get; init; }
    public required long Remitted { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }
    public required string ConfirmedById { get; init; }
    public required string ConfirmedByName { get; init; }
    public string? Note { get; init; }
}

/// <summary>Where an online payment stands: sent to the gateway, then settled once by the gateway's notification.</summary>
public enum PaymentIntentStatus
{
    Pending,
    Paid,
    /// <summary>The gateway reported the payment failed (not enough money, wrong OTP, expired…).</summary>
    Failed,
    /// <summary>The citizen cancelled on the gateway's page.</summary>
    Cancelled,
}

/// <summary>
/// One attempt to pay a dossier's fees online (R29): the reference and the amount sent to the payment
/// gateway, then its outcome as the gateway's notification reported it. A new attempt has a new
/// reference (the gateway refuses one it has seen); only the notification settles an attempt, once.
/// </summary>
public sealed class PaymentIntent
{
    public const int MaxTxnRefLength = 40;

    public long Id { get; init; }
    /// <summary>vnp_TxnRef, unique.</summary>
    public required string TxnRef { get; init; }
    public required Domain.Codes.DossierCode DossierCode { get; init; }
    /// <summary>In đồng, as asked of the gateway; a notification with another amount is refused.</summary>
    public required long Amount { get; init; }
    /// <summary>The stage whose fees this pays: a notification for a stage already paid records nothing.</summary>
    public required FeeTiming Timing { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public PaymentIntentStatus Status { get; set; }
    /// <summary>vnp_TransactionNo, the gateway's number, when paid.</summary>
    public string? GatewayTransaction { get; set; }
    /// <summary>vnp_ResponseCode as the notification reported it.</summary>
    public string? ResponseCode { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    /// <summary>The receipt the payment was recorded with; null when it was not (cancelled, or the fees were paid otherwise meanwhile).</summary>
    public Guid? ReceiptId { get; set; }

    public bool IsSettled => Status != PaymentIntentStatus.Pending;
}
