using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Fees;
using MotCua.Features.Payments.Vnpay;

namespace MotCua.Features.Payments;

/// <summary>
/// Where the gateway sends the citizen back (vnp_ReturnUrl, at <see cref="VnpayOptions.ReturnPath"/>):
/// the signature is checked, then the attempt is shown as the notification recorded it. It records
/// nothing itself, so a return before the notification shows the payment pending.
/// </summary>
public sealed class ReturnModel(VnpayMerchant vnpay, OnlinePayments payments) : PageModel
{
    public const string Pending = "Đang chờ cổng thanh toán xác nhận.";

    public PaymentIntent? Intent { get; private set; }
    public string? Problem { get; private set; }
    public string? GatewaySays { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (vnpay.Read(Request.Query) is not VnpayCallback.Valid { Result: var result })
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Problem = "Không xác thực được kết quả thanh toán. Xin tra cứu hồ sơ để xem tình trạng nộp phí, lệ phí.";
            return;
        }
        Intent = await payments.FindAsync(result.TxnRef, cancellationToken);
        if (Intent is null || Intent.Amount != result.Amount)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = "Không tìm thấy giao dịch thanh toán này.";
            Intent = null;
            return;
        }
        GatewaySays = result.Meaning;
    }

    /// <summary>The recorded outcome in a sentence, for the citizen.</summary>
    public string Outcome => Intent!.Status switch
    {
        PaymentIntentStatus.Paid => "Đã thanh toán.",
        PaymentIntentStatus.Pending => Pending,
        _ => VnpayResponseCodes.Meaning(Intent.ResponseCode),
    };
}
