using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MotCua.Features.Payments.Vnpay;

namespace MotCua.Tests.Payments;

/// <summary>
/// The merchant's side against <see cref="LocalVnpayGateway"/> over real HTTP: the payment URL it
/// builds, the notifications and returns the gateway signs, in every order and number they may come.
/// No database: the merchant here is <see cref="TestMerchant"/>.
/// </summary>
public sealed class VnpayGatewayTests : IAsyncLifetime
{
    const string TxnRef = "001-261123-0001-1";
    const long Fee = 150_000;

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7)));
    readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });
    LocalVnpayGateway _gateway = null!;
    TestMerchant _merchant = null!;

    public async Task InitializeAsync()
    {
        _gateway = await LocalVnpayGateway.StartAsync(clock: _clock);
        _merchant = await TestMerchant.StartAsync(_gateway);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _merchant.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    /// <summary>The citizen is sent to the gateway: the page with the buttons, or the gateway's refusal.</summary>
    async Task<HttpResponseMessage> OpenAsync(string paymentUrl) => await _browser.GetAsync(paymentUrl);

    async Task<string> OpenedAsync(string txnRef = TxnRef, long fee = Fee)
    {
        using var page = await OpenAsync(_merchant.Order(txnRef, fee));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return txnRef;
    }

    async Task<string> ReturnPageAsync(string returnUrl)
    {
        using var page = await _browser.GetAsync(returnUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_payment_url_built_by_the_merchant_is_accepted_by_the_gateway_R29()
    {
        using var page = await OpenAsync(_merchant.Order(TxnRef, Fee));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("150.000 đ", html);
        Assert.Contains(">Thanh toán</button>", html);
        var transaction = _gateway[TxnRef];
        Assert.Equal(Fee, transaction.Amount);
        Assert.Equal("Nop le phi ho so Dang ky ket hon", transaction.OrderInfo);
        Assert.Equal(_merchant.Address + "/thanh-toan/vnpay/ket-qua", transaction.ReturnUrl);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15), transaction.ExpiresAt);
    }

    [Theory]
    [InlineData("vnp_Amount=15000000", "vnp_Amount=100", "Sai chữ ký")]
    [InlineData("vnp_TxnRef=001-261123-0001-1", "vnp_TxnRef=001-261123-0001-2", "Sai chữ ký")]
    [InlineData("vnp_SecureHash=", "vnp_SecureHash=00", "Sai chữ ký")]
    public async Task The_gateway_refuses_a_payment_url_altered_after_signing(string field, string altered, string problem)
    {
        var url = _merchant.Order(TxnRef, Fee).Replace(field, altered, StringComparison.Ordinal);

        using var page = await OpenAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(problem, await page.Content.ReadAsStringAsync());
        Assert.Empty(_gateway.Transactions);
    }

    [Fact]
    public async Task The_gateway_refuses_another_secret_or_another_terminal()
    {
        var options = _gateway.MerchantOptions();
        options.HashSecret = "NOT" + options.HashSecret;
        await using var guessing = await TestMerchant.StartAsync(_gateway, options);
        options = _gateway.MerchantOptions();
        options.TmnCode = "OTHER001";
        await using var other = await TestMerchant.StartAsync(_gateway, options);

        using var guessed = await OpenAsync(guessing.Order(TxnRef, Fee));
        using var another = await OpenAsync(other.Order(TxnRef, Fee));

        Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        Assert.Contains("Sai chữ ký", await guessed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, another.StatusCode);
        Assert.Contains("Không tìm thấy website có mã OTHER001", await another.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_transaction_reference_is_paid_once()
    {
        var paymentUrl = _merchant.Order(TxnRef, Fee);
        (await OpenAsync(paymentUrl)).Dispose();
        await _gateway.PayAsync(TxnRef);

        using var again = await OpenAsync(paymentUrl);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Giao dịch đã tồn tại", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_paid_fee_is_confirmed_and_recorded_R29()
    {
        await OpenedAsync();

        var returnUrl = await _gateway.PayAsync(TxnRef);

        Assert.Equal("00", Assert.Single(_gateway.Notifications).RspCode);
        var payment = Assert.Single(_merchant.Payments);
        Assert.Equal((TxnRef, Fee, "NCB"), (payment.TxnRef, payment.Amount, payment.BankCode));
        Assert.Equal(_clock.GetUtcNow(), payment.PaidAt);
        Assert.Contains("Thanh toán thành công.", await ReturnPageAsync(returnUrl));
    }

    [Fact]
    public async Task A_notification_arriving_twice_records_one_payment_R29()
    {
        await OpenedAsync();

        await _gateway.PayAsync(TxnRef, new LocalVnpayGateway.Outcome { Notifications = 2 });

        Assert.Equal(new[] { "00", "02" }, _gateway.Notifications.Select(n => n.RspCode));
        Assert.Single(_merchant.Payments);
    }

    [Fact]
    public async Task The_return_page_before_the_notification_records_one_payment_R29()
    {
        await OpenedAsync();
        var returnUrl = await _gateway.PayAsync(TxnRef, new LocalVnpayGateway.Outcome { Notifications = 0 });

        var page = await ReturnPageAsync(returnUrl);
        Assert.Contains("Thanh toán thành công. Đang chờ cổng thanh toán xác nhận.", page);
        Assert.Empty(_merchant.Payments);

        Assert.Equal("00", (await _gateway.SendIpnAsync(TxnRef)).RspCode);
        Assert.Single(_merchant.Payments);
        Assert.Contains("<p id=\"result\">Thanh toán thành công.</p>", await ReturnPageAsync(returnUrl));
    }

    [Fact]
    public async Task The_notification_before_the_return_page_records_one_payment_R29()
    {
        await OpenedAsync();
        var returnUrl = await _gateway.PayAsync(TxnRef);

        Assert.Contains("<p id=\"result\">Thanh toán thành công.</p>", await ReturnPageAsync(returnUrl));
        Assert.Contains("<p id=\"result\">Thanh toán thành công.</p>", await ReturnPageAsync(returnUrl));
        Assert.Single(_merchant.Payments);
    }

    [Fact]
    public async Task A_forged_notification_changes_nothing_and_is_logged_R29()
    {
        await OpenedAsync();

        var guessed = await _gateway.ForgeIpnAsync(TxnRef);
        var tampered = await _gateway.ForgeIpnAsync(TxnRef, f => f["vnp_Amount"] = "100");

        Assert.Equal(("97", "Invalid signature"), (guessed.RspCode, guessed.Message));
        Assert.Equal("97", tampered.RspCode);
        Assert.Empty(_merchant.Payments);
        Assert.Null(_merchant.OutcomeOf(TxnRef));
        Assert.Equal(2, _merchant.Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Values.GetValueOrDefault("TxnRef") as string == TxnRef));
    }

    [Fact]
    public async Task A_cancelled_payment_turned_into_a_paid_one_on_the_way_is_rejected_R29()
    {
        await OpenedAsync();
        await _gateway.CancelAsync(TxnRef, notifications: 0);
        var cancelled = _gateway[TxnRef].Notification!;

        var altered = cancelled.Replace("vnp_ResponseCode=24", "vnp_ResponseCode=00", StringComparison.Ordinal)
            .Replace("vnp_TransactionStatus=02", "vnp_TransactionStatus=00", StringComparison.Ordinal);

        Assert.Equal("97", (await _gateway.SendIpnQueryAsync(altered)).RspCode);
        Assert.Null(_merchant.OutcomeOf(TxnRef));
    }

    [Fact]
    public async Task A_replayed_notification_changes_nothing_R29()
    {
        await OpenedAsync();
        await _gateway.PayAsync(TxnRef);
        var recorded = _merchant.OutcomeOf(TxnRef);

        _clock.Advance(TimeSpan.FromDays(3));
        var replayed = await _gateway.SendIpnAsync(TxnRef);

        Assert.Equal(("02", "Order already confirmed"), (replayed.RspCode, replayed.Message));
        Assert.Same(recorded, _merchant.OutcomeOf(TxnRef));
        Assert.Single(_merchant.Payments);
    }

    [Fact]
    public async Task A_cancelled_payment_is_confirmed_without_a_payment_and_its_replay_changes_nothing_R29()
    {
        await OpenedAsync();

        var returnUrl = await _gateway.CancelAsync(TxnRef);

        Assert.Equal("00", Assert.Single(_gateway.Notifications).RspCode);
        Assert.Empty(_merchant.Payments);
        Assert.Equal("24", _merchant.OutcomeOf(TxnRef)!.ResponseCode);
        Assert.Contains("Bạn đã hủy giao dịch; lệ phí chưa được thanh toán.", await ReturnPageAsync(returnUrl));
        Assert.Equal("02", (await _gateway.SendIpnAsync(TxnRef)).RspCode);
    }

    [Fact]
    public async Task A_reported_amount_other_than_the_fee_is_answered_invalid_amount_R29()
    {
        await OpenedAsync();

        await _gateway.PayAsync(TxnRef, new LocalVnpayGateway.Outcome { Amount = Fee - 1 });

        Assert.Equal(("04", "Invalid amount"), (_gateway.Notifications[0].RspCode, _gateway.Notifications[0].Message));
        Assert.Null(_merchant.OutcomeOf(TxnRef));
    }

    [Fact]
    public async Task A_notification_for_an_unknown_reference_is_answered_order_not_found()
    {
        await OpenedAsync();
        await _gateway.PayAsync(TxnRef, new LocalVnpayGateway.Outcome { Notifications = 0 });
        var fields = QueryHelpers.ParseQuery(_gateway[TxnRef].Notification!)
            .Where(f => f.Key != "vnp_SecureHash").ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["vnp_TxnRef"] = "999-261123-0001-1";

        var answer = await _gateway.SendSignedIpnAsync(fields);

        Assert.Equal(("01", "Order not found"), (answer.RspCode, answer.Message));
    }

    [Fact]
    public async Task Paid_past_the_expiry_the_gateway_reports_the_payment_expired()
    {
        await OpenedAsync();
        _clock.Advance(TimeSpan.FromMinutes(16));

        var returnUrl = await _gateway.PayAsync(TxnRef);

        Assert.Equal("11", _merchant.OutcomeOf(TxnRef)!.ResponseCode);
        Assert.Empty(_merchant.Payments);
        Assert.Contains("đã hết thời gian chờ thanh toán", await ReturnPageAsync(returnUrl));
    }

    [Fact]
    public async Task A_payment_url_opened_past_its_expiry_is_refused()
    {
        var paymentUrl = _merchant.Order(TxnRef, Fee);
        _clock.Advance(TimeSpan.FromMinutes(16));

        using var page = await OpenAsync(paymentUrl);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Giao dịch đã quá thời gian chờ thanh toán.", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_citizen_clicks_Thanh_toan_and_comes_back_paid_R29()
    {
        await OpenedAsync();

        using var clicked = await _browser.PostAsync(_gateway.Address + LocalVnpayGateway.ButtonPath,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["txnRef"] = TxnRef, ["action"] = "pay" }));

        Assert.Equal(HttpStatusCode.Redirect, clicked.StatusCode);
        var returnUrl = clicked.Headers.Location!.ToString();
        Assert.StartsWith(_merchant.Address + "/thanh-toan/vnpay/ket-qua?", returnUrl);
        Assert.Contains("Thanh toán thành công.", await ReturnPageAsync(returnUrl));
        Assert.Single(_merchant.Payments);
    }

    [Fact]
    public async Task A_second_click_pays_nothing_more_R29()
    {
        await OpenedAsync();
        var form = new Dictionary<string, string> { ["txnRef"] = TxnRef, ["action"] = "pay" };
        (await _browser.PostAsync(_gateway.Address + LocalVnpayGateway.ButtonPath, new FormUrlEncodedContent(form))).Dispose();

        using var again = await _browser.PostAsync(_gateway.Address + LocalVnpayGateway.ButtonPath, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã được xử lý", await again.Content.ReadAsStringAsync());
        Assert.Single(_gateway.Notifications);
        Assert.Single(_merchant.Payments);
    }

    [Fact]
    public async Task The_citizen_clicks_Huy_giao_dich_and_comes_back_unpaid()
    {
        await OpenedAsync();

        using var clicked = await _browser.PostAsync(_gateway.Address + LocalVnpayGateway.ButtonPath,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["txnRef"] = TxnRef, ["action"] = "cancel" }));

        Assert.Contains("Bạn đã hủy giao dịch", await ReturnPageAsync(clicked.Headers.Location!.ToString()));
        Assert.Empty(_merchant.Payments);
    }
}
