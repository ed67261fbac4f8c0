using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Features.Payments.Vnpay;
using MotCua.Platform;
using MotCua.Tests.Platform;

namespace MotCua.Tests.Payments;

/// <summary>
/// A merchant the size of a test, on a free local port, so the gateway has someone to notify: orders
/// kept in memory, the notification endpoint answering as the spec orders its checks (signature,
/// order, amount, already confirmed), and the citizen's return page. As the spec says, only the
/// notification records an outcome; the return page shows it, or the gateway's signed word while the
/// notification is still on its way.
/// </summary>
public sealed class TestMerchant : IAsyncDisposable
{
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    readonly WebApplication _app;
    readonly ILoggerFactory _loggers;
    readonly Dictionary<string, Fee> _orders = new(StringComparer.Ordinal);

    TestMerchant(WebApplication app)
    {
        _app = app;
        _loggers = LoggerFactory.Create(b => b.AddProvider(Logs));
    }

    public VnpayMerchant Vnpay { get; private set; } = null!;
    public CapturedLogs Logs { get; } = new();
    public string Address { get; private set; } = "";

    /// <summary>Every paid outcome recorded: one per order, however many notifications arrive.</summary>
    public IReadOnlyList<VnpayResult> Payments
    {
        get
        {
            lock (_orders)
                return [.. _orders.Values.Select(o => o.Outcome).OfType<VnpayResult>().Where(r => r.IsPaid)];
        }
    }

    public VnpayResult? OutcomeOf(string txnRef)
    {
        lock (_orders)
            return _orders[txnRef].Outcome;
    }

    /// <summary>Starts the merchant and registers its notification address with the gateway.</summary>
    public static async Task<TestMerchant> StartAsync(LocalVnpayGateway gateway, VnpayOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var merchant = new TestMerchant(app);
        options ??= gateway.MerchantOptions();
        app.MapGet(options.IpnPath, (HttpRequest request) => Results.Json(merchant.Settle(merchant.Vnpay.Read(request.Query))));
        app.MapGet(options.ReturnPath, (HttpRequest request) => merchant.ReturnPage(merchant.Vnpay.Read(request.Query)));
        await app.StartAsync();
        merchant.Address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        merchant.Vnpay = new VnpayMerchant(Options.Create(options), Options.Create(new AppOptions { PublicBaseUrl = merchant.Address }),
            gateway.Clock, merchant._loggers.CreateLogger<VnpayMerchant>());
        gateway.IpnUrl = merchant.Address + options.IpnPath;
        return merchant;
    }

    /// <summary>A fee to pay: the address to send the citizen to.</summary>
    public string Order(string txnRef, long amount, string orderInfo = "Nộp lệ phí hồ sơ Đăng ký kết hôn")
    {
        lock (_orders)
            _orders.Add(txnRef, new Fee(amount));
        return Vnpay.PaymentUrl(new VnpayPaymentRequest(txnRef, amount, orderInfo, IPAddress.Loopback));
    }

    VnpayIpnAnswer Settle(VnpayCallback callback)
    {
        if (callback is not VnpayCallback.Valid { Result: var result })
            return callback.Rejection!;
        lock (_orders)
        {
            if (!_orders.TryGetValue(result.TxnRef, out var order))
                return VnpayIpnAnswer.OrderNotFound;
            if (order.Amount != result.Amount)
                return VnpayIpnAnswer.InvalidAmount;
            if (order.Outcome is not null)
                return VnpayIpnAnswer.OrderAlreadyConfirmed;
            order.Outcome = result;
            return VnpayIpnAnswer.ConfirmSuccess;
        }
    }

    IResult ReturnPage(VnpayCallback callback)
    {
        if (callback is not VnpayCallback.Valid { Result: var result })
            return Results.Content("<p id=\"result\">Không xác thực được kết quả thanh toán.</p>", "text/html; charset=utf-8", statusCode: 400);
        var recorded = OutcomeOf(result.TxnRef);
        var text = recorded is null
            ? $"{result.Meaning} Đang chờ cổng thanh toán xác nhận."
            : recorded.Meaning;
        return Results.Content($"<p id=\"result\">{Html.Encode(text)}</p>", "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _loggers.Dispose();
    }

    sealed class Fee(long amount)
    {
        public long Amount { get; } = amount;
        public VnpayResult? Outcome { get; set; }
    }
}
