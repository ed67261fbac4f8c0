using System.ComponentModel.DataAnnotations;
using MotCua.Platform;

namespace MotCua.Features.Payments.Vnpay;

/// <summary>
/// The <c>Payments:Vnpay</c> section: the Center's terminal at the VNPAY payment gateway. Online
/// payment is offered only when both the terminal code and its secret are configured; without them
/// the section is left alone (<see cref="IsEnabled"/> is false) and fees are paid at the counter.
/// </summary>
public sealed class VnpayOptions : IValidatableObject
{
    public const string Section = "Payments:Vnpay";

    /// <summary>vnp_TmnCode, the terminal (website) code VNPAY gives the merchant: 8 letters or digits.</summary>
    public string? TmnCode { get; set; }

    /// <summary>The secret VNPAY gives with the terminal code, the key of every HMAC-SHA512. Never logged.</summary>
    public string? HashSecret { get; set; }

    /// <summary>The gateway's pay endpoint the citizen is redirected to.</summary>
    [Required(ErrorMessage = "Thiếu Payments:Vnpay:PaymentUrl, địa chỉ thanh toán của cổng VNPAY (ví dụ https://sandbox.vnpayment.vn/paymentv2/vpcpay.html).")]
    [AbsoluteHttpUrl(ErrorMessage = "Payments:Vnpay:PaymentUrl phải là một địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://.")]
    public string PaymentUrl { get; set; } = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";

    /// <summary>The citizen's return page, a path under <see cref="AppOptions.PublicBaseUrl"/>, sent as vnp_ReturnUrl.</summary>
    public string ReturnPath { get; set; } = "/thanh-toan/vnpay/ket-qua";

    /// <summary>
    /// The path VNPAY's server calls with the payment notification (IPN). It travels with no payment:
    /// it is registered with VNPAY for the terminal, so it is kept here only to map the endpoint.
    /// </summary>
    public string IpnPath { get; set; } = "/thanh-toan/vnpay/ipn";

    /// <summary>How long the citizen has to pay once sent to the gateway (vnp_ExpireDate).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Payments:Vnpay:ExpireAfter phải từ 00:01:00 đến 1.00:00:00 (một ngày).")]
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>vnp_OrderType, the goods category from VNPAY's list; "other" unless VNPAY assigns the terminal another.</summary>
    [RegularExpression("^[A-Za-z0-9_]{1,100}$", ErrorMessage = "Payments:Vnpay:OrderType phải gồm từ 1 đến 100 chữ cái, chữ số hoặc dấu _ (ví dụ other).")]
    public string OrderType { get; set; } = "other";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(TmnCode) && !string.IsNullOrWhiteSpace(HashSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // One without the other is a half-done configuration, not a choice to switch payment off.
        if (string.IsNullOrWhiteSpace(TmnCode) != string.IsNullOrWhiteSpace(HashSecret))
            yield return new ValidationResult(
                "Payments:Vnpay:TmnCode và Payments:Vnpay:HashSecret phải được cấu hình cùng nhau (để trống cả hai thì không nhận thanh toán trực tuyến).",
                [nameof(TmnCode), nameof(HashSecret)]);
        if (!string.IsNullOrWhiteSpace(TmnCode) && !(TmnCode.Length == 8 && TmnCode.All(char.IsAsciiLetterOrDigit)))
            yield return new ValidationResult("Payments:Vnpay:TmnCode phải gồm đúng 8 chữ cái hoặc chữ số (mã website VNPAY cấp).", [nameof(TmnCode)]);
        // A secret pasted with a trailing newline signs every payment wrongly, and the gateway only says "sai chữ ký".
        if (!string.IsNullOrWhiteSpace(HashSecret) && HashSecret.Trim().Length != HashSecret.Length)
            yield return new ValidationResult("Payments:Vnpay:HashSecret có khoảng trắng ở đầu hoặc cuối.", [nameof(HashSecret)]);
        foreach (var (key, path) in new[] { (nameof(ReturnPath), ReturnPath), (nameof(IpnPath), IpnPath) })
            if (string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?'))
                yield return new ValidationResult($"Payments:Vnpay:{key} phải là một đường dẫn bắt đầu bằng / (ví dụ /thanh-toan/vnpay/ket-qua), không có phần ?….", [key]);
    }
}
