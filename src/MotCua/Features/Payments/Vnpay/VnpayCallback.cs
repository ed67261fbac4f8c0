namespace MotCua.Features.Payments.Vnpay;

/// <summary>
/// What a callback from the gateway (the server-to-server notification, or the citizen's return to
/// vnp_ReturnUrl: both carry the same signed fields) turned out to be, read by <see cref="VnpayMerchant.Read(string)"/>.
/// </summary>
public abstract record VnpayCallback
{
    VnpayCallback() { }

    /// <summary>vnp_SecureHash missing, ambiguous or not the hash of the fields: forged, altered on the way, or signed with another secret. Nothing in it can be believed.</summary>
    public sealed record InvalidSignature(string Reason) : VnpayCallback;

    /// <summary>Signed with our secret, but <paramref name="Field"/> is missing or not as the spec defines it (or names another terminal).</summary>
    public sealed record Malformed(string Field, string Reason) : VnpayCallback;

    /// <summary>Signed with our secret, every field as the spec defines it. Whether it is news is for the payment's record to say.</summary>
    public sealed record Valid(VnpayResult Result) : VnpayCallback;

    /// <summary>The answer to give the gateway's notification when it is not <see cref="Valid"/>; null when it is, and the payment's record decides.</summary>
    public VnpayIpnAnswer? Rejection => this switch
    {
        InvalidSignature => VnpayIpnAnswer.InvalidSignature,
        Malformed { Field: VnpayMerchant.AmountField } => VnpayIpnAnswer.InvalidAmount,
        Malformed => VnpayIpnAnswer.UnknownError,
        _ => null,
    };
}

/// <summary>The gateway's report of one transaction.</summary>
/// <param name="TxnRef">vnp_TxnRef, the merchant's reference sent with the payment.</param>
/// <param name="Amount">vnp_Amount in đồng (already divided by 100).</param>
/// <param name="ResponseCode">vnp_ResponseCode, see <see cref="VnpayResponseCodes"/>.</param>
/// <param name="TransactionStatus">vnp_TransactionStatus: "00" paid, "01" not finished, "02" failed, others for reversals and refunds.</param>
/// <param name="TransactionNo">vnp_TransactionNo, the gateway's number for the transaction ("0" or absent when nothing was paid).</param>
/// <param name="BankCode">vnp_BankCode, the bank or wallet used.</param>
/// <param name="BankTranNo">vnp_BankTranNo, the bank's number for the transaction, when paid.</param>
/// <param name="CardType">vnp_CardType: ATM, QRCODE, VISA…</param>
/// <param name="PaidAt">vnp_PayDate as an instant; always there when paid.</param>
/// <param name="OrderInfo">vnp_OrderInfo as sent with the payment.</param>
public sealed record VnpayResult(
    string TxnRef,
    long Amount,
    string ResponseCode,
    string TransactionStatus,
    string? TransactionNo,
    string? BankCode,
    string? BankTranNo,
    string? CardType,
    DateTimeOffset? PaidAt,
    string? OrderInfo)
{
    /// <summary>The money was taken: the spec's success is both codes "00".</summary>
    public bool IsPaid => ResponseCode == VnpayResponseCodes.Success && TransactionStatus == VnpayMerchant.TransactionPaid;

    /// <summary>The outcome for the citizen, in Vietnamese.</summary>
    public string Meaning => ResponseCode == VnpayResponseCodes.Success && !IsPaid
        ? "Giao dịch chưa hoàn tất; Trung tâm sẽ báo cho bạn khi có kết quả."
        : VnpayResponseCodes.Meaning(ResponseCode);
}
