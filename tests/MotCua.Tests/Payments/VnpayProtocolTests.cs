using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MotCua.Features.Payments.Vnpay;
using MotCua.Platform;
using MotCua.Tests.Platform;

namespace MotCua.Tests.Payments;

/// <summary>The merchant's side of VNPAY 2.1.0 on its own: no server, no database.</summary>
public sealed class VnpayProtocolTests
{
    const string Secret = LocalVnpayGateway.DefaultHashSecret;
    const string TmnCode = LocalVnpayGateway.DefaultTmnCode;
    const string PaymentUrl = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The fields of the example below, sorted and form-encoded by hand.</summary>
    const string ExampleHashData =
        "vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20261123100000&vnp_CurrCode=VND&vnp_ExpireDate=20261123101500"
        + "&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Nop+le+phi+ho+so+Dang+ky+ket+hon%3A+001-261123-0001&vnp_OrderType=other"
        + "&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.vinhan.gov.vn%2Fthanh-toan%2Fvnpay%2Fket-qua&vnp_TmnCode=MOTCUA01"
        + "&vnp_TxnRef=001-261123-0001-1&vnp_Version=2.1.0";

    /// <summary>HMAC-SHA512 of <see cref="ExampleHashData"/> keyed with <see cref="Secret"/>, computed outside .NET (openssl dgst -sha512 -hmac).</summary>
    const string ExampleHash =
        "f8a75a419d1f380a74eddc70a2e2c6e928e035525c71405d373a1beb8e45cca529f8de0bbb9410bb08c9cad4f6f17d78098c70652a9746a2d2bec0b91e39b6ce";

    static VnpayMerchant Merchant(VnpayOptions? options = null, ILogger<VnpayMerchant>? log = null) => new(
        Options.Create(options ?? new VnpayOptions { TmnCode = TmnCode, HashSecret = Secret, PaymentUrl = PaymentUrl }),
        Options.Create(new AppOptions { PublicBaseUrl = "https://dichvucong.vinhan.gov.vn" }),
        new FakeTimeProvider(Now),
        log ?? NullLogger<VnpayMerchant>.Instance);

    static VnpayPaymentRequest Example => new("001-261123-0001-1", 150_000, "Nộp lệ phí hồ sơ Đăng ký kết hôn: 001-261123-0001", IPAddress.Loopback);

    [Fact]
    public void The_secure_hash_is_HMAC_SHA512_of_the_sorted_form_encoded_fields_R29()
    {
        var fields = QueryHelpers.ParseQuery(ExampleHashData).ToDictionary(f => f.Key, f => f.Value.ToString());
        // Left out of the hashed data: the hash's own fields, an empty value, anything not vnp_.
        fields["vnp_SecureHashType"] = "HmacSHA512";
        fields["vnp_BankCode"] = "";
        fields["ma"] = "001-261123-0001";

        Assert.Equal(ExampleHashData, VnpaySigner.HashData(fields.Reverse()));
        Assert.Equal(ExampleHash, new VnpaySigner(Secret).Sign(fields));
    }

    [Fact]
    public void The_payment_url_is_the_signed_query_of_spec_2_1_0_and_the_same_every_time_R29()
    {
        var merchant = Merchant();

        var url = merchant.PaymentUrl(Example);

        Assert.Equal($"{PaymentUrl}?{ExampleHashData}&vnp_SecureHash={ExampleHash}", url);
        Assert.Equal(url, merchant.PaymentUrl(Example));
    }

    [Fact]
    public void The_payment_url_writes_the_client_address_as_the_gateway_wants_it()
    {
        var url = Merchant().PaymentUrl(Example with { ClientIp = IPAddress.Parse("::ffff:10.0.0.5"), BankCode = "VNBANK" });

        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        Assert.Equal("10.0.0.5", query["vnp_IpAddr"]);
        Assert.Equal("VNBANK", query["vnp_BankCode"]);
        Assert.Equal("127.0.0.1", QueryHelpers.ParseQuery(new Uri(Merchant().PaymentUrl(Example with { ClientIp = IPAddress.IPv6Loopback })).Query)["vnp_IpAddr"]);
    }

    [Fact]
    public void Without_terminal_and_secret_online_payment_is_off()
    {
        var merchant = Merchant(new VnpayOptions());

        Assert.False(merchant.IsEnabled);
        Assert.Throws<InvalidOperationException>(() => merchant.PaymentUrl(Example));
        Assert.IsType<VnpayCallback.InvalidSignature>(merchant.Read(Signed(Paid())));
    }

    [Theory]
    [InlineData("1-2", true)]
    [InlineData("ABC_123", true)]
    [InlineData("", false)]
    [InlineData("001 261123", false)]
    [InlineData("hồ-sơ", false)]
    public void The_transaction_reference_is_letters_digits_dash_and_underscore(string txnRef, bool accepted)
    {
        var build = () => Merchant().PaymentUrl(Example with { TxnRef = txnRef });
        if (accepted)
            Assert.Contains("vnp_TxnRef=" + txnRef, build());
        else
            Assert.Throws<ArgumentException>(build);
    }

    // Amounts: vnp_Amount is the amount in đồng × 100, Numeric[1,12].

    [Theory]
    [InlineData(1L, "100")]
    [InlineData(150_000L, "15000000")]
    [InlineData(9_999_999_999L, "999999999900")]
    public void The_amount_is_sent_in_hundredths_of_a_dong_R29(long dong, string sent)
    {
        Assert.Equal(sent, VnpayFields.Amount(dong));
        Assert.True(VnpayFields.TryParseAmount(sent, out var back));
        Assert.Equal(dong, back);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(10_000_000_000L)]
    public void An_amount_the_gateway_cannot_carry_is_refused(long dong) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VnpayFields.Amount(dong));

    [Theory]
    [InlineData("15000050")] // 150 000,50 đồng: not a whole number of đồng
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("-15000000")]
    [InlineData("+15000000")]
    [InlineData(" 15000000")]
    [InlineData("1.5E7")]
    [InlineData("15,000,000")]
    [InlineData("١٥٠٠٠٠٠٠")] // Arabic-Indic digits are digits to char.IsDigit, not to the spec
    [InlineData("1000000000000")] // 13 digits
    [InlineData("99999999999999999999")] // would overflow a long
    [InlineData("")]
    [InlineData(null)]
    public void A_received_amount_that_is_not_whole_dong_in_twelve_digits_is_rejected_R29(string? received) =>
        Assert.False(VnpayFields.TryParseAmount(received, out _));

    // Dates: yyyyMMddHHmmss on the gateway's clock, GMT+7.

    [Fact]
    public void Dates_are_written_in_GMT_plus_7_whatever_the_instant_s_offset()
    {
        Assert.Equal("20261123100000", VnpayFields.Date(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero)));
        Assert.Equal("20261124030000", VnpayFields.Date(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero)));
        Assert.Equal("20270101065959", VnpayFields.Date(new DateTimeOffset(2026, 12, 31, 18, 59, 59, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void The_pay_date_is_read_back_as_an_instant_in_UTC()
    {
        Assert.True(VnpayFields.TryParseDate("20261124030000", out var instant));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2026112310000")]
    [InlineData("202611231000000")]
    [InlineData("20261323100000")]
    [InlineData("20261123250000")]
    [InlineData("2026-11-23 10:")]
    [InlineData("")]
    public void A_pay_date_not_in_the_spec_s_form_is_rejected(string text) =>
        Assert.False(VnpayFields.TryParseDate(text, out _));

    [Fact]
    public void The_payment_expires_after_the_configured_time()
    {
        var options = new VnpayOptions { TmnCode = TmnCode, HashSecret = Secret, ExpireAfter = TimeSpan.FromHours(1) };
        var query = QueryHelpers.ParseQuery(new Uri(Merchant(options).PaymentUrl(Example)).Query);
        Assert.Equal("20261123100000", query["vnp_CreateDate"]);
        Assert.Equal("20261123110000", query["vnp_ExpireDate"]);
    }

    // Order information: Vietnamese without diacritics, no special characters.

    [Theory]
    [InlineData("Nộp lệ phí hồ sơ Đăng ký kết hôn", "Nop le phi ho so Dang ky ket hon")]
    [InlineData("Ưu đãi Ổn định Ấp Ờ ỹ Ỵ", "Uu dai On dinh Ap O y Y")]
    [InlineData("ăâêôơư ĂÂÊÔƠƯ đĐ", "aaeoou AAEOOU dD")]
    [InlineData("Trường Sơn", "Truong Son")]
    public void Diacritics_are_stripped_and_d_with_stroke_becomes_d(string text, string plain) =>
        Assert.Equal(plain, VnpayFields.StripDiacritics(text));

    [Fact]
    public void Decomposed_text_loses_its_diacritics_too() =>
        Assert.Equal("Nop le phi", VnpayFields.StripDiacritics("Nộp lệ phí".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("Lệ phí (hồ sơ 001-261123-0001)!", "Le phi ho so 001-261123-0001")]
    [InlineData("Phí: 50.000đ * 2 ~ 100%", "Phi: 50.000d 2 100")]
    [InlineData("  Cấp   bản sao\ttrích lục  ", "Cap ban sao trich luc")]
    public void Order_information_keeps_letters_digits_and_plain_punctuation(string text, string sent) =>
        Assert.Equal(sent, VnpayFields.OrderInfo(text));

    [Fact]
    public void Order_information_is_cut_at_255_characters()
    {
        var sent = VnpayFields.OrderInfo(string.Concat(Enumerable.Repeat("Lệ phí ", 60)));
        Assert.True(sent.Length <= VnpayFields.MaxOrderInfo);
        Assert.StartsWith("Le phi Le phi", sent);
        Assert.False(sent.EndsWith(' '));
    }

    [Fact]
    public void Order_information_with_nothing_left_is_refused() =>
        Assert.Throws<ArgumentException>(() => VnpayFields.OrderInfo("《》!!"));

    // Callbacks: the notification and the return carry the same signed fields.

    static Dictionary<string, string> Paid(string txnRef = "001-261123-0001-1", string amount = "15000000") => new()
    {
        ["vnp_Amount"] = amount,
        ["vnp_BankCode"] = "NCB",
        ["vnp_BankTranNo"] = "VNP14226112",
        ["vnp_CardType"] = "ATM",
        ["vnp_OrderInfo"] = "Nop le phi ho so Dang ky ket hon",
        ["vnp_PayDate"] = "20261123101203",
        ["vnp_ResponseCode"] = "00",
        ["vnp_TmnCode"] = TmnCode,
        ["vnp_TransactionNo"] = "14226112",
        ["vnp_TransactionStatus"] = "00",
        ["vnp_TxnRef"] = txnRef,
    };

    static string Signed(Dictionary<string, string> fields, string secret = Secret) => new VnpaySigner(secret).SignedQuery(fields);

    [Fact]
    public void A_signed_callback_is_read_into_its_fields_R29()
    {
        var callback = Merchant().Read("?" + Signed(Paid()) + "&vnp_SecureHashType=HmacSHA512&lang=vi");

        var result = Assert.IsType<VnpayCallback.Valid>(callback).Result;
        Assert.Equal(new VnpayResult("001-261123-0001-1", 150_000, "00", "00", "14226112", "NCB", "VNP14226112", "ATM",
            new DateTimeOffset(2026, 11, 23, 3, 12, 3, TimeSpan.Zero), "Nop le phi ho so Dang ky ket hon"), result);
        Assert.True(result.IsPaid);
        Assert.Equal("Thanh toán thành công.", result.Meaning);
        Assert.Null(callback.Rejection);
    }

    [Fact]
    public void The_hash_is_accepted_in_either_case()
    {
        var query = Signed(Paid());
        var hash = query[(query.LastIndexOf('=') + 1)..];
        Assert.IsType<VnpayCallback.Valid>(Merchant().Read(query.Replace(hash, hash.ToUpperInvariant(), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("24", "02", false)]
    [InlineData("00", "01", false)]
    [InlineData("00", "00", true)]
    public void Paid_means_both_codes_are_00(string responseCode, string status, bool paid)
    {
        var fields = Paid();
        fields["vnp_ResponseCode"] = responseCode;
        fields["vnp_TransactionStatus"] = status;
        var result = Assert.IsType<VnpayCallback.Valid>(Merchant().Read(Signed(fields))).Result;
        Assert.Equal(paid, result.IsPaid);
    }

    [Fact]
    public void A_cancelled_payment_needs_no_transaction_number_nor_pay_date()
    {
        var fields = Paid();
        fields["vnp_ResponseCode"] = "24";
        fields["vnp_TransactionStatus"] = "02";
        fields["vnp_TransactionNo"] = "0";
        fields.Remove("vnp_BankTranNo");
        fields.Remove("vnp_PayDate");

        var result = Assert.IsType<VnpayCallback.Valid>(Merchant().Read(Signed(fields))).Result;
        Assert.False(result.IsPaid);
        Assert.Null(result.PaidAt);
        Assert.Equal("Bạn đã hủy giao dịch; lệ phí chưa được thanh toán.", result.Meaning);
    }

    [Fact]
    public void A_tampered_amount_breaks_the_signature_R29()
    {
        var query = Signed(Paid()).Replace("vnp_Amount=15000000", "vnp_Amount=100", StringComparison.Ordinal);

        var callback = Merchant().Read(query);

        Assert.Equal(new VnpayCallback.InvalidSignature("vnp_SecureHash không khớp"), callback);
        Assert.Equal(VnpayIpnAnswer.InvalidSignature, callback.Rejection);
    }

    [Fact]
    public void A_tampered_hash_is_rejected()
    {
        var query = Signed(Paid());
        var last = query[^1] == '0' ? '1' : '0';
        Assert.IsType<VnpayCallback.InvalidSignature>(Merchant().Read(query[..^1] + last));
        Assert.IsType<VnpayCallback.InvalidSignature>(Merchant().Read(query[..^2]));
        Assert.IsType<VnpayCallback.InvalidSignature>(Merchant().Read(query[..^128] + new string('z', 128)));
    }

    [Fact]
    public void A_callback_without_hash_or_signed_with_another_secret_is_rejected()
    {
        Assert.Equal(new VnpayCallback.InvalidSignature("thiếu vnp_SecureHash"), Merchant().Read(VnpaySigner.HashData(Paid())));
        Assert.IsType<VnpayCallback.InvalidSignature>(Merchant().Read(Signed(Paid(), "ANOTHERSECRET")));
    }

    [Fact]
    public void A_field_given_twice_cannot_be_vouched_for()
    {
        var query = Signed(Paid()) + "&vnp_Amount=100";
        Assert.Equal(new VnpayCallback.InvalidSignature("vnp_Amount xuất hiện nhiều lần"), Merchant().Read(query));
    }

    [Fact]
    public void Another_terminal_s_callback_is_rejected_even_when_signed()
    {
        var fields = Paid();
        fields["vnp_TmnCode"] = "OTHER001";

        var callback = Merchant().Read(Signed(fields));

        Assert.Equal("vnp_TmnCode", Assert.IsType<VnpayCallback.Malformed>(callback).Field);
        Assert.Equal(VnpayIpnAnswer.UnknownError, callback.Rejection);
    }

    [Theory]
    [InlineData("vnp_Amount", "15000050", "04")]
    [InlineData("vnp_Amount", "1500000000000000", "04")]
    [InlineData("vnp_ResponseCode", "0", "99")]
    [InlineData("vnp_TransactionStatus", "ok", "99")]
    [InlineData("vnp_PayDate", "2026-11-23", "99")]
    [InlineData("vnp_TxnRef", "", "99")]
    [InlineData("vnp_TransactionNo", "", "99")]
    public void A_signed_callback_with_a_field_out_of_the_spec_is_malformed_R29(string field, string value, string answer)
    {
        var fields = Paid();
        fields[field] = value;

        var callback = Merchant().Read(Signed(fields));

        Assert.Equal(field, Assert.IsType<VnpayCallback.Malformed>(callback).Field);
        Assert.Equal(answer, callback.Rejection!.RspCode);
    }

    [Fact]
    public void A_rejected_callback_is_logged_with_its_reason()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var merchant = Merchant(log: factory.CreateLogger<VnpayMerchant>());

        merchant.Read(Signed(Paid("001-261123-0009-1"), "GUESSED"));

        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("vnp_SecureHash không khớp", entry.Values["Reason"]);
        Assert.Equal("001-261123-0009-1", entry.Values["TxnRef"]);
        Assert.DoesNotContain(Secret, entry.Message);
    }

    // The answers to the notification and the codes' meaning.

    [Theory]
    [InlineData("00", "Confirm Success")]
    [InlineData("01", "Order not found")]
    [InlineData("02", "Order already confirmed")]
    [InlineData("04", "Invalid amount")]
    [InlineData("97", "Invalid signature")]
    [InlineData("99", "Unknown error")]
    public void Notification_answers_are_the_spec_s_JSON_whatever_the_serializer_s_naming(string code, string message)
    {
        VnpayIpnAnswer[] all = [VnpayIpnAnswer.ConfirmSuccess, VnpayIpnAnswer.OrderNotFound, VnpayIpnAnswer.OrderAlreadyConfirmed,
            VnpayIpnAnswer.InvalidAmount, VnpayIpnAnswer.InvalidSignature, VnpayIpnAnswer.UnknownError];
        var answer = Assert.Single(all, a => a.RspCode == code);
        var json = $$"""{"RspCode":"{{code}}","Message":"{{message}}"}""";

        Assert.Equal(json, answer.ToJson());
        Assert.Equal(json, JsonSerializer.Serialize(answer, JsonSerializerOptions.Web));
    }

    [Theory]
    [InlineData("00", "Thanh toán thành công.")]
    [InlineData("24", "Bạn đã hủy giao dịch; lệ phí chưa được thanh toán.")]
    [InlineData("11", "Giao dịch không thành công: đã hết thời gian chờ thanh toán. Xin bạn thực hiện lại giao dịch.")]
    [InlineData("51", "Giao dịch không thành công: tài khoản của bạn không đủ số dư để thanh toán.")]
    [InlineData("42", "Giao dịch không thành công (mã lỗi 42).")]
    public void Response_codes_are_told_to_the_citizen_in_Vietnamese(string code, string meaning) =>
        Assert.Equal(meaning, VnpayResponseCodes.Meaning(code));
}
