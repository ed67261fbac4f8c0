using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using MotCua.Platform;

namespace MotCua.Features.Payments.Vnpay;

/// <summary>One payment to ask the gateway for.</summary>
/// <param name="TxnRef">vnp_TxnRef: the merchant's reference, new for every attempt (the gateway refuses one it has seen), 1 to 100 letters, digits, '-' or '_'.</param>
/// <param name="Amount">In đồng.</param>
/// <param name="OrderInfo">What is paid for, in Vietnamese; sent without diacritics (<see cref="VnpayFields.OrderInfo"/>).</param>
/// <param name="ClientIp">The citizen's address (vnp_IpAddr).</param>
public sealed record VnpayPaymentRequest(string TxnRef, long Amount, string OrderInfo, IPAddress ClientIp)
{
    /// <summary>vnp_BankCode: go straight to this bank or method (VNPAYQR, VNBANK, INTCARD…); none lets the citizen choose on the gateway.</summary>
    public string? BankCode { get; init; }
    /// <summary>vnp_Locale: "vn" or "en", the gateway's language.</summary>
    public string Locale { get; init; } = "vn";
}

/// <summary>
/// The merchant's side of VNPAY's payment protocol, version 2.1.0 (sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html):
/// builds the signed address the citizen is redirected to, and reads the gateway's signed callbacks,
/// the server-to-server notification (IPN) and the citizen's return, which carry the same fields.
/// Which payment a callback settles, and whether it was settled already, is for the payment's record.
/// </summary>
public sealed class VnpayMerchant(IOptions<VnpayOptions> options, IOptions<AppOptions> app, TimeProvider time, ILogger<VnpayMerchant> log)
{
    public const string Version = "2.1.0";
    public const string AmountField = "vnp_Amount";
    /// <summary>vnp_TransactionStatus of a paid transaction.</summary>
    public const string TransactionPaid = "00";

    readonly VnpayOptions _options = options.Value;
    readonly VnpaySigner? _signer = options.Value.IsEnabled ? new VnpaySigner(options.Value.HashSecret!) : null;

    public bool IsEnabled => _signer is not null;

    /// <summary>vnp_ReturnUrl: the citizen's return page at the portal's public address.</summary>
    public string ReturnUrl => app.Value.Link(_options.ReturnPath);

    /// <summary>The signed address to redirect the citizen to, created now and expiring after <see cref="VnpayOptions.ExpireAfter"/>.</summary>
    /// <exception cref="InvalidOperationException">Online payment is not configured.</exception>
    public string PaymentUrl(VnpayPaymentRequest request)
    {
        var signer = _signer ?? throw new InvalidOperationException("Chưa cấu hình thanh toán VNPAY (Payments:Vnpay:TmnCode và HashSecret).");
        if (request.TxnRef is not { Length: >= 1 and <= 100 } || !request.TxnRef.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"Mã giao dịch không hợp lệ: {request.TxnRef}", nameof(request));
        if (request.Locale is not ("vn" or "en"))
            throw new ArgumentException($"Ngôn ngữ của cổng thanh toán phải là vn hoặc en: {request.Locale}", nameof(request));
        var now = time.GetUtcNow();
        var fields = new Dictionary<string, string>
        {
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = _options.TmnCode!,
            [AmountField] = VnpayFields.Amount(request.Amount),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = request.TxnRef,
            ["vnp_OrderInfo"] = VnpayFields.OrderInfo(request.OrderInfo),
            ["vnp_OrderType"] = _options.OrderType,
            ["vnp_Locale"] = request.Locale,
            ["vnp_ReturnUrl"] = ReturnUrl,
            ["vnp_IpAddr"] = IpAddress(request.ClientIp),
            ["vnp_CreateDate"] = VnpayFields.Date(now),
            ["vnp_ExpireDate"] = VnpayFields.Date(now + _options.ExpireAfter),
        };
        if (!string.IsNullOrEmpty(request.BankCode))
            fields["vnp_BankCode"] = request.BankCode;
        var separator = _options.PaymentUrl.Contains('?') ? '&' : '?';
        return _options.PaymentUrl + separator + signer.SignedQuery(fields);
    }

    /// <summary>A callback's query string (with or without its '?').</summary>
    public VnpayCallback Read(string queryString) => Read(QueryHelpers.ParseQuery(queryString));

    /// <summary>
    /// A callback's query (the request's <c>Query</c>): the signature first, in constant time, then
    /// each field the spec defines. Anything but <see cref="VnpayCallback.Valid"/> is logged as a warning.
    /// </summary>
    public VnpayCallback Read(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var callback = Check(query);
        switch (callback)
        {
            case VnpayCallback.InvalidSignature invalid:
                log.LogWarning("VNPAY: bỏ qua lời gọi có chữ ký không hợp lệ ({Reason}), mã giao dịch {TxnRef}", invalid.Reason, Raw(query, "vnp_TxnRef"));
                break;
            case VnpayCallback.Malformed malformed:
                log.LogWarning("VNPAY: bỏ qua lời gọi có {Field} không hợp lệ ({Reason}), mã giao dịch {TxnRef}", malformed.Field, malformed.Reason, Raw(query, "vnp_TxnRef"));
                break;
        }
        return callback;
    }

    VnpayCallback Check(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        if (_signer is null)
            return new VnpayCallback.InvalidSignature("chưa cấu hình thanh toán VNPAY");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            // A field given twice has no one hashed form: the hash cannot vouch for either value.
            if (key.StartsWith("vnp_", StringComparison.Ordinal) && (values.Count != 1 || !fields.TryAdd(key, values[0] ?? "")))
                return new VnpayCallback.InvalidSignature($"{key} xuất hiện nhiều lần");
        }
        if (!fields.TryGetValue(VnpaySigner.SecureHash, out var hash))
            return new VnpayCallback.InvalidSignature("thiếu vnp_SecureHash");
        if (!_signer.Verify(fields, hash))
            return new VnpayCallback.InvalidSignature("vnp_SecureHash không khớp");

        string? Field(string key) => fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        static bool TwoDigits(string? code) => code is { Length: 2 } && code.All(char.IsAsciiDigit);

        if (Field("vnp_TmnCode") != _options.TmnCode)
            return new VnpayCallback.Malformed("vnp_TmnCode", $"không phải mã website của Trung tâm: {Field("vnp_TmnCode")}");
        if (Field("vnp_TxnRef") is not { } txnRef)
            return new VnpayCallback.Malformed("vnp_TxnRef", "thiếu");
        if (!VnpayFields.TryParseAmount(Field(AmountField), out var amount))
            return new VnpayCallback.Malformed(AmountField, $"không phải một số đồng nguyên dương × 100: {Field(AmountField)}");
        var responseCode = Field("vnp_ResponseCode");
        if (!TwoDigits(responseCode))
            return new VnpayCallback.Malformed("vnp_ResponseCode", $"không phải mã hai chữ số: {responseCode}");
        var status = Field("vnp_TransactionStatus");
        if (!TwoDigits(status))
            return new VnpayCallback.Malformed("vnp_TransactionStatus", $"không phải mã hai chữ số: {status}");
        var paid = responseCode == VnpayResponseCodes.Success && status == TransactionPaid;
        DateTimeOffset? paidAt = null;
        if (Field("vnp_PayDate") is { } payDate)
        {
            if (!VnpayFields.TryParseDate(payDate, out var instant))
                return new VnpayCallback.Malformed("vnp_PayDate", $"không đúng dạng yyyyMMddHHmmss: {payDate}");
            paidAt = instant;
        }
        if (paid && paidAt is null)
            return new VnpayCallback.Malformed("vnp_PayDate", "thiếu ở một giao dịch đã thanh toán");
        var transactionNo = Field("vnp_TransactionNo");
        if (paid && transactionNo is null)
            return new VnpayCallback.Malformed("vnp_TransactionNo", "thiếu ở một giao dịch đã thanh toán");
        return new VnpayCallback.Valid(new VnpayResult(
            txnRef, amount, responseCode!, status!, transactionNo,
            Field("vnp_BankCode"), Field("vnp_BankTranNo"), Field("vnp_CardType"), paidAt, Field("vnp_OrderInfo")));
    }

    static string? Raw(IEnumerable<KeyValuePair<string, StringValues>> query, string key) =>
        query.FirstOrDefault(f => f.Key == key).Value.FirstOrDefault();

    /// <summary>vnp_IpAddr is 7 to 45 characters: an IPv4 client seen through a dual-stack socket is written as IPv4, and ::1 as 127.0.0.1.</summary>
    static string IpAddress(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
            ip = ip.MapToIPv4();
        return IPAddress.IPv6Loopback.Equals(ip) ? "127.0.0.1" : ip.ToString();
    }
}
