using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Payments.Vnpay;
using MotCua.Platform;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Payments;

/// <summary>
/// Paying a dossier's fees online (R29), the app on a real port and the local VNPAY gateway calling its
/// notification address: only the notification records the payment, once, whatever arrives twice, late or forged.
/// </summary>
public sealed class OnlinePaymentTests
{
    /// <summary>Chứng thực chữ ký: one fixed line of 10.000 đ, due before the dossier goes on.</summary>
    const string SignatureCertification = "2.000884";
    const long Fee = 10_000;

    sealed class Setup : IAsyncDisposable
    {
        public required MotCuaApp App { get; init; }
        public required LocalVnpayGateway Gateway { get; init; }
        public required HttpClient Citizen { get; init; }
        public required string Code { get; init; }

        public async ValueTask DisposeAsync()
        {
            Citizen.Dispose();
            await App.DisposeAsync();
            await Gateway.DisposeAsync();
        }
    }

    static async Task<Setup> StartAsync(string provider)
    {
        var gateway = await LocalVnpayGateway.StartAsync(clock: new FakeTimeProvider(MotCuaApp.DefaultNow));
        var options = gateway.MerchantOptions();
        var app = await MotCuaApp.StartAsync(provider, dossiers: 0, kestrel: true, settings: new Dictionary<string, string?>
        {
            ["Payments:Vnpay:TmnCode"] = options.TmnCode,
            ["Payments:Vnpay:HashSecret"] = options.HashSecret,
            ["Payments:Vnpay:PaymentUrl"] = options.PaymentUrl,
        });
        gateway.IpnUrl = app.Address + options.IpnPath;
        var code = await TestDossiers.ReceiveAsync(app, SignatureCertification, MotCuaApp.DefaultNow.AddHours(-1), transfer: false);
        // The factory's client over Kestrel points at http://localhost:80 and follows redirects: a browser-like client of its own.
        var citizen = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.Address),
        };
        return new Setup { App = app, Gateway = gateway, Citizen = citizen, Code = code };
    }

    /// <summary>The citizen looks the dossier up, clicks "Thanh toán trực tuyến" and opens the gateway's page: the attempt's reference.</summary>
    static async Task<string> StartPaymentAsync(Setup s)
    {
        var lookup = $"/tra-cuu?ma={s.Code}&so=5678";
        var page = await s.Citizen.ReadAsync(lookup);
        Assert.Contains("10.000 đ", page);
        Assert.Contains("Thanh toán trực tuyến", page);
        var response = await s.Citizen.PostFormAsync("/tra-cuu?handler=Pay", new() { ["ma"] = s.Code, ["so"] = "5678" }, lookup);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode} {System.Text.RegularExpressions.Regex.Match(await response.TextAsync(), "class=\"message[^<]*").Value}");
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(s.Gateway.PaymentUrl, location);
        using var browser = new HttpClient();
        var gatewayPage = await browser.GetAsync(location);
        Assert.True(gatewayPage.StatusCode == HttpStatusCode.OK, await gatewayPage.TextAsync());
        var txnRef = QueryHelpers.ParseQuery(new Uri(location).Query)["vnp_TxnRef"].ToString();
        Assert.Equal(Fee, s.Gateway[txnRef].Amount);
        return txnRef;
    }

    static async Task<List<Receipt>> ReceiptsAsync(Setup s)
    {
        await using var db = s.App.NewDbContext();
        return await db.Receipts.AsNoTracking().Where(r => r.DossierCode == MotCua.Domain.Codes.DossierCode.Parse(s.Code)).ToListAsync();
    }

    static async Task<PaymentIntent> IntentAsync(Setup s, string txnRef)
    {
        await using var db = s.App.NewDbContext();
        return await db.PaymentIntents.AsNoTracking().SingleAsync(p => p.TxnRef == txnRef);
    }

    /// <summary>The return page the gateway sent the citizen to, as the citizen's browser opens it.</summary>
    static Task<string> ReturnAsync(Setup s, string returnUrl) => s.Citizen.ReadAsync(new Uri(returnUrl).PathAndQuery);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_pay_before_dossier_paid_online_gets_an_online_receipt_and_goes_to_the_agency_with_it_R11_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);

        var returnUrl = await s.Gateway.PayAsync(txnRef);
        Assert.Equal("00", s.Gateway.Notifications.Single().RspCode);
        var page = await ReturnAsync(s, returnUrl);
        Assert.Contains("Đã thanh toán", page);
        Assert.Contains("Tải biên lai (PDF)", page);

        var receipt = Assert.Single(await ReceiptsAsync(s));
        Assert.Equal(PaymentMethod.Online, receipt.Method);
        Assert.Equal(Fee, receipt.Total);
        var transactionNo = QueryHelpers.ParseQuery(s.Gateway[txnRef].Notification!)["vnp_TransactionNo"].ToString();
        Assert.Equal(transactionNo, receipt.GatewayTransaction);
        var intent = await IntentAsync(s, txnRef);
        Assert.Equal(PaymentIntentStatus.Paid, intent.Status);
        Assert.Equal(receipt.Id, intent.ReceiptId);

        // Nothing is due any more: the status page offers no payment, and the receipt is the applicant's to download.
        var lookup = $"/tra-cuu?ma={s.Code}&so=5678";
        Assert.DoesNotContain("Thanh toán trực tuyến", await s.Citizen.ReadAsync(lookup));
        var pdf = await s.Citizen.PostFormAsync("/tra-cuu?handler=FeeReceipt", new() { ["ma"] = s.Code, ["so"] = "5678", ["dt"] = "0912345678" }, lookup);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var wrongPhone = await s.Citizen.PostFormAsync("/tra-cuu?handler=FeeReceipt", new() { ["ma"] = s.Code, ["so"] = "5678", ["dt"] = "0912345670" }, lookup);
        Assert.NotEqual("application/pdf", wrongPhone.Content.Headers.ContentType!.MediaType);

        // The dossier that waited at the Center for its fee went to the agency with the payment, in the same save (R11).
        await using var db = s.App.NewDbContext();
        var dossier = await db.Dossiers.Include(d => d.Procedure).Include(d => d.Version).Include(d => d.History).SingleAsync(d => d.Code == MotCua.Domain.Codes.DossierCode.Parse(s.Code));
        Assert.Null(dossier.FeesDueNow);
        Assert.Equal(DossierState.InProcessing, dossier.State);
        Assert.Equal([DossierAction.CollectFees, DossierAction.Transfer], dossier.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal(Role.System, dossier.History[^1].By.Role);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_forged_notification_changes_nothing_and_a_replayed_one_records_one_payment_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);

        Assert.Equal("97", (await s.Gateway.ForgeIpnAsync(txnRef)).RspCode);
        Assert.Equal("97", (await s.Gateway.ForgeIpnAsync(txnRef, f => f["vnp_TransactionNo"] = "12345")).RspCode);
        Assert.Empty(await ReceiptsAsync(s));
        Assert.Equal(PaymentIntentStatus.Pending, (await IntentAsync(s, txnRef)).Status);

        await s.Gateway.PayAsync(txnRef, new LocalVnpayGateway.Outcome { Notifications = 2 });
        Assert.Equal(new[] { "00", "02" }, s.Gateway.Notifications.Skip(2).Select(n => n.RspCode));
        Assert.Equal("02", (await s.Gateway.SendIpnAsync(txnRef)).RspCode);
        Assert.Single(await ReceiptsAsync(s));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_notifications_at_once_record_one_payment_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);
        await s.Gateway.PayAsync(txnRef, new LocalVnpayGateway.Outcome { Notifications = 0 });

        var answers = await Task.WhenAll(s.Gateway.SendIpnAsync(txnRef), s.Gateway.SendIpnAsync(txnRef));
        Assert.Equal(new[] { "00", "02" }, answers.Select(a => a.RspCode).Order());
        Assert.Single(await ReceiptsAsync(s));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_return_page_before_the_notification_shows_pending_then_paid_and_records_nothing_itself_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);
        var returnUrl = await s.Gateway.PayAsync(txnRef, new LocalVnpayGateway.Outcome { Notifications = 0 });

        Assert.Contains("Đang chờ cổng thanh toán xác nhận", await ReturnAsync(s, returnUrl));
        Assert.Contains("Đang chờ cổng thanh toán xác nhận", await ReturnAsync(s, returnUrl));
        Assert.Empty(await ReceiptsAsync(s));

        Assert.Equal("00", (await s.Gateway.SendIpnAsync(txnRef)).RspCode);
        Assert.Contains("Đã thanh toán", await ReturnAsync(s, returnUrl));
        Assert.Single(await ReceiptsAsync(s));

        // A return page with its signature altered says so and shows nothing of the attempt.
        var forged = await s.Citizen.GetAsync(new Uri(returnUrl).PathAndQuery.Replace("vnp_ResponseCode=00", "vnp_ResponseCode=24", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Không xác thực được kết quả thanh toán", await forged.TextAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_notification_with_another_amount_is_refused_and_a_cancelled_payment_is_shown_as_such_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);

        await s.Gateway.PayAsync(txnRef, new LocalVnpayGateway.Outcome { Amount = 1_000 });
        Assert.Equal("04", s.Gateway.Notifications.Single().RspCode);
        Assert.Empty(await ReceiptsAsync(s));
        Assert.Equal(PaymentIntentStatus.Pending, (await IntentAsync(s, txnRef)).Status);

        // A new attempt, cancelled on the gateway's page: confirmed, nothing paid, the citizen told so.
        var second = await StartPaymentAsync(s);
        Assert.NotEqual(txnRef, second);
        var returnUrl = await s.Gateway.CancelAsync(second);
        Assert.Equal("00", s.Gateway.Notifications[^1].RspCode);
        Assert.Equal(PaymentIntentStatus.Cancelled, (await IntentAsync(s, second)).Status);
        Assert.Contains(VnpayResponseCodes.Meaning(VnpayResponseCodes.CancelledByCustomer), await ReturnAsync(s, returnUrl));
        Assert.Empty(await ReceiptsAsync(s));
        Assert.Equal("01", (await s.Gateway.SendSignedIpnAsync(new Dictionary<string, string>
        {
            ["vnp_Amount"] = "1000000", ["vnp_ResponseCode"] = "24", ["vnp_TmnCode"] = s.Gateway.TmnCode,
            ["vnp_TransactionNo"] = "0", ["vnp_TransactionStatus"] = "02", ["vnp_TxnRef"] = "KHONGCO",
        })).RspCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Fees_paid_at_the_counter_while_the_citizen_was_at_the_gateway_get_no_second_receipt_R29(string provider)
    {
        await using var s = await StartAsync(provider);
        var txnRef = await StartPaymentAsync(s);
        await using (var db = s.App.NewDbContext())
        {
            var dossier = await db.Dossiers.Include(d => d.Procedure).Include(d => d.Version).Include(d => d.History).SingleAsync(d => d.Code == MotCua.Domain.Codes.DossierCode.Parse(s.Code));
            var locality = await s.App.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var officer = await db.Users.SingleAsync(u => u.UserName == "tiepnhan1");
            await TestDossiers.PayAsync(db, dossier, new Actor(officer.Id, officer.FullName, Role.Reception, officer.UnitId), MotCuaApp.DefaultNow, locality);
            await db.SaveChangesAsync();
        }

        await s.Gateway.PayAsync(txnRef);
        Assert.Equal("00", s.Gateway.Notifications.Single().RspCode);
        var receipt = Assert.Single(await ReceiptsAsync(s));
        Assert.Equal(PaymentMethod.Cash, receipt.Method);
        var intent = await IntentAsync(s, txnRef);
        Assert.Equal(PaymentIntentStatus.Paid, intent.Status);
        Assert.Null(intent.ReceiptId);
    }
}
