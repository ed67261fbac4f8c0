namespace MotCua.Features.Payments.Vnpay;

/// <summary>
/// vnp_ResponseCode, the outcome the gateway reports, and what it means for the citizen on the return
/// page. Codes from the response-code table of VNPAY's integration guide for PAY 2.1.0
/// (sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html); the wording is ours, addressed to the citizen.
/// </summary>
public static class VnpayResponseCodes
{
    public const string Success = "00";
    /// <summary>Money taken, but the transaction is held as suspicious until the merchant accepts or refuses it in VNPAY's merchant admin.</summary>
    public const string Suspicious = "07";
    public const string Expired = "11";
    public const string CancelledByCustomer = "24";
    public const string InsufficientFunds = "51";

    /// <summary>One sentence for the citizen, in Vietnamese.</summary>
    public static string Meaning(string? code) => code switch
    {
        Success => "Thanh toán thành công.",
        Suspicious => "Tài khoản của bạn đã bị trừ tiền nhưng giao dịch đang được kiểm tra vì nghi ngờ bất thường; Trung tâm sẽ báo cho bạn khi có kết quả.",
        "09" => "Giao dịch không thành công: thẻ hoặc tài khoản của bạn chưa đăng ký dịch vụ Internet Banking tại ngân hàng.",
        "10" => "Giao dịch không thành công: bạn đã xác thực thông tin thẻ hoặc tài khoản không đúng quá 3 lần.",
        Expired => "Giao dịch không thành công: đã hết thời gian chờ thanh toán. Xin bạn thực hiện lại giao dịch.",
        "12" => "Giao dịch không thành công: thẻ hoặc tài khoản của bạn đang bị khóa.",
        "13" => "Giao dịch không thành công: bạn đã nhập sai mật khẩu xác thực giao dịch (OTP). Xin bạn thực hiện lại giao dịch.",
        CancelledByCustomer => "Bạn đã hủy giao dịch; lệ phí chưa được thanh toán.",
        InsufficientFunds => "Giao dịch không thành công: tài khoản của bạn không đủ số dư để thanh toán.",
        "65" => "Giao dịch không thành công: tài khoản của bạn đã vượt quá hạn mức giao dịch trong ngày.",
        "75" => "Ngân hàng thanh toán đang bảo trì. Xin bạn thử lại sau hoặc chọn ngân hàng khác.",
        "79" => "Giao dịch không thành công: bạn đã nhập sai mật khẩu thanh toán quá số lần quy định. Xin bạn thực hiện lại giao dịch.",
        null or "" => "Giao dịch không thành công.",
        _ => $"Giao dịch không thành công (mã lỗi {code}).",
    };
}
