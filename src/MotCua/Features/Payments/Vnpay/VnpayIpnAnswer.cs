using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Features.Payments.Vnpay;

/// <summary>
/// The merchant's answer to the gateway's payment notification (IPN), JSON exactly as the spec
/// writes it: <c>{"RspCode":"00","Message":"Confirm Success"}</c>. The names are fixed here so that
/// ASP.NET Core's camel-case default does not turn them into "rspCode". Codes and messages as in
/// VNPAY's integration guide for PAY 2.1.0 (sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html,
/// "Code IPN URL") and its reference merchant code, which writes "Unknow error" for 99: the gateway
/// reads only RspCode, so the message is spelt correctly here.
/// </summary>
public sealed record VnpayIpnAnswer(
    [property: JsonPropertyName("RspCode")] string RspCode,
    [property: JsonPropertyName("Message")] string Message)
{
    /// <summary>The notification was recorded, whatever the payment's outcome (a cancelled payment is confirmed too).</summary>
    public static readonly VnpayIpnAnswer ConfirmSuccess = new("00", "Confirm Success");
    /// <summary>No payment has this vnp_TxnRef.</summary>
    public static readonly VnpayIpnAnswer OrderNotFound = new("01", "Order not found");
    /// <summary>This vnp_TxnRef's outcome was already recorded: a second or replayed notification changes nothing.</summary>
    public static readonly VnpayIpnAnswer OrderAlreadyConfirmed = new("02", "Order already confirmed");
    /// <summary>vnp_Amount is not the amount asked for with this vnp_TxnRef.</summary>
    public static readonly VnpayIpnAnswer InvalidAmount = new("04", "Invalid amount");
    /// <summary>vnp_SecureHash is missing or wrong.</summary>
    public static readonly VnpayIpnAnswer InvalidSignature = new("97", "Invalid signature");
    /// <summary>Anything else: the gateway sends the notification again later.</summary>
    public static readonly VnpayIpnAnswer UnknownError = new("99", "Unknown error");

    public string ToJson() => JsonSerializer.Serialize(this);
}
