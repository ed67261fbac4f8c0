using MotCua.Domain.Catalog;

namespace MotCua.Domain.Fees;

/// <summary>Who collects a dossier's fees (R29): the Center, or the competent agency (itself or one it authorizes to collect on its behalf).</summary>
public enum FeeCollector
{
    Center,
    Agency,
}

public enum PaymentMethod
{
    Cash,
    BankTransfer,
    /// <summary>A card or a QR code at the counter's terminal.</summary>
    CardOrQr,
    /// <summary>Through the payment gateway, from the portal.</summary>
    Online,
    /// <summary>Nothing to pay: every line due was exempted; no receipt.</summary>
    Exempt,
}

public static class PaymentMethods
{
    public static string Vietnamese(this PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "Tiền mặt",
        PaymentMethod.BankTransfer => "Chuyển khoản",
        PaymentMethod.CardOrQr => "Thẻ, mã QR",
        PaymentMethod.Online => "Thanh toán trực tuyến",
        PaymentMethod.Exempt => "Miễn",
        _ => method.ToString(),
    };
}

/// <summary>
/// One collection on a dossier, the fact its guards read (R29): which stage it settles, how much, how,
/// the receipt it issued (none when exempt). Cancelled and refunded collections stay, never deleted.
/// </summary>
public sealed record FeePayment(Guid? ReceiptId, FeeTiming Timing, long Total, PaymentMethod Method, DateTimeOffset At, string CollectedBy)
{
    public DateTimeOffset? CancelledAt { get; init; }
    public long Refunded { get; init; }
    public bool IsValid => CancelledAt is null;
}
