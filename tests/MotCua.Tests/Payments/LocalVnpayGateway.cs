using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Features.Payments.Vnpay;

namespace MotCua.Tests.Payments;

/// <summary>
/// A VNPAY payment gateway on a free local port, speaking protocol 2.1.0 from the gateway's side, so
/// the merchant's code is tried against the protocol rather than against itself: the hash is computed
/// here by its own code, not by <see cref="VnpaySigner"/>.
/// <list type="bullet">
/// <item><c>GET /paymentv2/vpcpay.html?vnp_…</c> checks the merchant's signature and fields (400 and a page
/// saying what is wrong otherwise), records the pending transaction and shows a page with a
/// "Thanh toán" and a "Hủy giao dịch" button, which pay or cancel and redirect to vnp_ReturnUrl.</item>
/// <item>Tests script the outcome instead: <see cref="PayAsync"/> (or <see cref="CancelAsync"/>) sends the
/// signed notification (IPN) to <see cref="IpnUrl"/> as many times as asked and returns the signed return
/// address for the test to visit, before or after the notification; <see cref="SendIpnAsync(string)"/>
/// sends a transaction's notification (late, again, or replayed); <see cref="ForgeIpnAsync"/> sends one the
/// gateway never signed. Every answer of the merchant is kept in <see cref="Notifications"/>.</item>
/// </list>
/// </summary>
public sealed class LocalVnpayGateway : IAsyncDisposable
{
    public const string PayPath = "/paymentv2/vpcpay.html";
    public const string ButtonPath = "/paymentv2/pay";
    public const string DefaultTmnCode = "MOTCUA01";
    public const string DefaultHashSecret = "LOCALVNPAYSECRETFORTESTS00000000";

    // Every letter left as it is: the page is Vietnamese and tests read it.
    static readonly HtmlEncoder HtmlText = HtmlEncoder.Create(UnicodeRanges.All);

    readonly WebApplication _app;
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    readonly ConcurrentDictionary<string, Transaction> _transactions = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<IpnDelivery> _notifications = new();
    long _lastTransactionNo = 14_000_000;

    LocalVnpayGateway(WebApplication app, string tmnCode, string hashSecret, TimeProvider clock)
    {
        _app = app;
        TmnCode = tmnCode;
        HashSecret = hashSecret;
        Clock = clock;
    }

    public string TmnCode { get; }
    public string HashSecret { get; }
    public TimeProvider Clock { get; }
    /// <summary>Where the gateway listens, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = "";
    /// <summary>The pay endpoint: the merchant's Payments:Vnpay:PaymentUrl.</summary>
    public string PaymentUrl => Address + PayPath;

    /// <summary>The merchant's IPN address, as registered with VNPAY for the terminal (it never travels with a payment).</summary>
    public string? IpnUrl { get; set; }

    /// <summary>Every notification sent, in order, with the merchant's answer.</summary>
    public IReadOnlyList<IpnDelivery> Notifications => [.. _notifications];

    /// <summary>The transactions the merchant opened at the pay endpoint.</summary>
    public IReadOnlyCollection<Transaction> Transactions => [.. _transactions.Values];

    public Transaction this[string txnRef] =>
        _transactions.TryGetValue(txnRef, out var transaction) ? transaction : throw new InvalidOperationException($"The gateway has no transaction {txnRef}.");

    /// <summary>Options for the merchant's side pointing at this gateway.</summary>
    public VnpayOptions MerchantOptions() => new() { TmnCode = TmnCode, HashSecret = HashSecret, PaymentUrl = PaymentUrl };

    public static async Task<LocalVnpayGateway> StartAsync(string tmnCode = DefaultTmnCode, string hashSecret = DefaultHashSecret, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new LocalVnpayGateway(app, tmnCode, hashSecret, clock ?? TimeProvider.System);
        app.MapGet(PayPath, gateway.OpenAsync);
        app.MapPost(ButtonPath, gateway.ButtonAsync);
        await app.StartAsync();
        gateway.Address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return gateway;
    }

    /// <summary>
    /// The citizen pays (or, with another <see cref="Outcome.ResponseCode"/>, fails to): the gateway
    /// sends the notification <see cref="Outcome.Notifications"/> times and returns the signed address
    /// it redirects the citizen's browser to. Past vnp_ExpireDate the outcome is 11, expired.
    /// </summary>
    public async Task<string> PayAsync(string txnRef, Outcome? outcome = null)
    {
        outcome ??= new Outcome();
        if (outcome.Notifications > 0 && IpnUrl is null)
            throw new InvalidOperationException("Set IpnUrl, the merchant's notification address, before paying.");
        var transaction = this[txnRef];
        var now = Clock.GetUtcNow();
        var responseCode = now > transaction.ExpiresAt && outcome.ResponseCode == "00" ? "11" : outcome.ResponseCode;
        var paid = responseCode == "00";
        var number = paid ? Interlocked.Increment(ref _lastTransactionNo).ToString(CultureInfo.InvariantCulture) : "0";
        var fields = new Dictionary<string, string>
        {
            ["vnp_Amount"] = ((outcome.Amount ?? transaction.Amount) * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = outcome.BankCode,
            ["vnp_CardType"] = outcome.CardType,
            ["vnp_OrderInfo"] = transaction.OrderInfo,
            ["vnp_PayDate"] = now.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            ["vnp_ResponseCode"] = responseCode,
            ["vnp_TmnCode"] = TmnCode,
            ["vnp_TransactionNo"] = number,
            ["vnp_TransactionStatus"] = outcome.TransactionStatus ?? (paid ? "00" : "02"),
            ["vnp_TxnRef"] = txnRef,
        };
        if (paid)
            fields["vnp_BankTranNo"] = "VNP" + number;
        var query = SignedQuery(fields, HashSecret);
        lock (transaction)
        {
            if (transaction.Notification is not null)
                throw new InvalidOperationException($"Transaction {txnRef} is already {transaction.Notification}: the gateway settles a transaction once.");
            transaction.Notification = query;
        }
        for (var i = 0; i < outcome.Notifications; i++)
            await SendIpnQueryAsync(query);
        return transaction.ReturnUrl + (transaction.ReturnUrl.Contains('?') ? '&' : '?') + query;
    }

    /// <summary>The citizen cancels on the gateway's page (vnp_ResponseCode 24).</summary>
    public Task<string> CancelAsync(string txnRef, int notifications = 1) =>
        PayAsync(txnRef, new Outcome { ResponseCode = VnpayResponseCodes.CancelledByCustomer, Notifications = notifications });

    /// <summary>The transaction's notification exactly as signed when it was settled: sent late, retried, or replayed.</summary>
    public Task<IpnDelivery> SendIpnAsync(string txnRef) =>
        SendIpnQueryAsync(this[txnRef].Notification ?? throw new InvalidOperationException($"Transaction {txnRef} is not settled yet."));

    /// <summary>
    /// A notification the gateway never sent, claiming the transaction was paid: signed with another
    /// secret (a guess), or, when <paramref name="alter"/> is given, signed right and then altered (a
    /// real notification tampered with on the way). Nothing is recorded at the gateway.
    /// </summary>
    public Task<IpnDelivery> ForgeIpnAsync(string txnRef, Action<Dictionary<string, string>>? alter = null)
    {
        var transaction = this[txnRef];
        var fields = new Dictionary<string, string>
        {
            ["vnp_Amount"] = (transaction.Amount * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = "NCB",
            ["vnp_BankTranNo"] = "VNP99999999",
            ["vnp_CardType"] = "ATM",
            ["vnp_OrderInfo"] = transaction.OrderInfo,
            ["vnp_PayDate"] = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            ["vnp_ResponseCode"] = "00",
            ["vnp_TmnCode"] = TmnCode,
            ["vnp_TransactionNo"] = "99999999",
            ["vnp_TransactionStatus"] = "00",
            ["vnp_TxnRef"] = txnRef,
        };
        if (alter is null)
            return SendIpnQueryAsync(SignedQuery(fields, "NOT" + HashSecret));
        var hash = Hash(fields, HashSecret);
        alter(fields);
        return SendIpnQueryAsync(Query(fields) + "&vnp_SecureHash=" + hash);
    }

    /// <summary>Any vnp_ fields, signed with this gateway's secret (or <paramref name="secret"/>), sent as a notification.</summary>
    public Task<IpnDelivery> SendSignedIpnAsync(IReadOnlyDictionary<string, string> fields, string? secret = null) =>
        SendIpnQueryAsync(SignedQuery(fields, secret ?? HashSecret));

    /// <summary>A GET of <see cref="IpnUrl"/> with exactly this query; the merchant's answer is kept and returned.</summary>
    public async Task<IpnDelivery> SendIpnQueryAsync(string query)
    {
        var url = IpnUrl ?? throw new InvalidOperationException("Set IpnUrl, the merchant's notification address, before sending a notification.");
        using var response = await _http.GetAsync(url + (url.Contains('?') ? '&' : '?') + query);
        var body = await response.Content.ReadAsStringAsync();
        string? code = null, message = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            code = json.RootElement.TryGetProperty("RspCode", out var c) ? c.GetString() : null;
            message = json.RootElement.TryGetProperty("Message", out var m) ? m.GetString() : null;
        }
        catch (JsonException)
        {
            // Kept as the body: the test says what it expected.
        }
        var delivery = new IpnDelivery(query, response.StatusCode, code, message, body);
        _notifications.Enqueue(delivery);
        return delivery;
    }

    /// <summary>The merchant's redirect: checked as the gateway checks it, then the page the citizen pays on.</summary>
    async Task OpenAsync(HttpContext context)
    {
        var (transaction, problem) = Open(context.Request.Query);
        if (transaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Page(context, "Giao dịch không hợp lệ", $"<p id=\"error\">{Html(problem!)}</p>");
            return;
        }
        var amount = transaction.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        await Page(context, "Thanh toán trực tuyến",
            $"""
            <dl>
              <dt>Mã giao dịch</dt><dd id="txn-ref">{Html(transaction.TxnRef)}</dd>
              <dt>Số tiền</dt><dd id="amount">{amount} đ</dd>
              <dt>Nội dung</dt><dd id="order-info">{Html(transaction.OrderInfo)}</dd>
            </dl>
            <form method="post" action="{ButtonPath}">
              <input type="hidden" name="txnRef" value="{Html(transaction.TxnRef)}">
              <button type="submit" name="action" value="pay">Thanh toán</button>
              <button type="submit" name="action" value="cancel">Hủy giao dịch</button>
            </form>
            """);
    }

    /// <summary>A button on the pay page: settle as scripted by the button, notify, redirect the browser back to the merchant.</summary>
    async Task ButtonAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var txnRef = form["txnRef"].ToString();
        if (!_transactions.TryGetValue(txnRef, out var transaction) || transaction.IsSettled)
        {
            // A second click, or a form from elsewhere: the gateway settles a transaction once.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Page(context, "Giao dịch không hợp lệ", "<p id=\"error\">Giao dịch không tồn tại hoặc đã được xử lý.</p>");
            return;
        }
        var returnUrl = form["action"] == "cancel" ? await CancelAsync(txnRef) : await PayAsync(txnRef);
        context.Response.Redirect(returnUrl);
    }

    (Transaction?, string?) Open(IQueryCollection query)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (!key.StartsWith("vnp_", StringComparison.Ordinal))
                continue;
            if (values.Count != 1)
                return (null, $"Tham số {key} xuất hiện nhiều lần.");
            fields[key] = values.ToString();
        }
        string Field(string key) => fields.TryGetValue(key, out var value) ? value : "";
        static bool Digits(string text, int min, int max) => text.Length >= min && text.Length <= max && text.All(char.IsAsciiDigit);

        if (!fields.TryGetValue("vnp_SecureHash", out var hash) || !string.Equals(hash, Hash(fields, HashSecret), StringComparison.OrdinalIgnoreCase))
            return (null, "Sai chữ ký (vnp_SecureHash).");
        if (Field("vnp_Version") != "2.1.0")
            return (null, $"Phiên bản không được hỗ trợ: {Field("vnp_Version")}.");
        if (Field("vnp_Command") != "pay")
            return (null, $"Lệnh không hợp lệ: {Field("vnp_Command")}.");
        if (Field("vnp_TmnCode") != TmnCode)
            return (null, $"Không tìm thấy website có mã {Field("vnp_TmnCode")}.");
        var hundredths = Digits(Field("vnp_Amount"), 1, 12) ? long.Parse(Field("vnp_Amount"), CultureInfo.InvariantCulture) : 0;
        if (hundredths == 0 || hundredths % 100 != 0)
            return (null, $"Số tiền không hợp lệ: {Field("vnp_Amount")}.");
        if (Field("vnp_CurrCode") != "VND")
            return (null, $"Đơn vị tiền tệ không được hỗ trợ: {Field("vnp_CurrCode")}.");
        var txnRef = Field("vnp_TxnRef");
        if (txnRef.Length is 0 or > 100)
            return (null, "Thiếu mã giao dịch (vnp_TxnRef).");
        var orderInfo = Field("vnp_OrderInfo");
        if (orderInfo.Length is 0 or > 255 || !orderInfo.All(c => c is >= ' ' and <= '~'))
            return (null, "Nội dung thanh toán phải là tiếng Việt không dấu, từ 1 đến 255 ký tự (vnp_OrderInfo).");
        if (Field("vnp_OrderType").Length == 0)
            return (null, "Thiếu loại hàng hóa (vnp_OrderType).");
        if (Field("vnp_Locale") is not ("vn" or "en"))
            return (null, $"Ngôn ngữ không hợp lệ: {Field("vnp_Locale")}.");
        if (!Uri.TryCreate(Field("vnp_ReturnUrl"), UriKind.Absolute, out var returnUrl) || returnUrl.Scheme is not ("http" or "https"))
            return (null, $"Địa chỉ trả về không hợp lệ: {Field("vnp_ReturnUrl")}.");
        if (Field("vnp_IpAddr").Length is < 7 or > 45)
            return (null, $"Địa chỉ IP không hợp lệ: {Field("vnp_IpAddr")}.");
        if (Instant(Field("vnp_CreateDate")) is not { } created)
            return (null, $"Ngày tạo không đúng dạng yyyyMMddHHmmss: {Field("vnp_CreateDate")}.");
        if (Instant(Field("vnp_ExpireDate")) is not { } expires || expires <= created)
            return (null, $"Thời hạn thanh toán không hợp lệ: {Field("vnp_ExpireDate")}.");
        if (expires < Clock.GetUtcNow())
            return (null, "Giao dịch đã quá thời gian chờ thanh toán.");

        var transaction = new Transaction(txnRef, hundredths / 100, orderInfo, Field("vnp_ReturnUrl"), Field("vnp_IpAddr"), created, expires, Field("vnp_Locale"));
        var kept = _transactions.GetOrAdd(txnRef, transaction);
        // The same address opened again (a reload) shows the same transaction; a reference seen with other data is refused.
        if (!ReferenceEquals(kept, transaction) && (kept.Notification is not null || kept with { Notification = null } != transaction))
            return (null, "Giao dịch đã tồn tại (vnp_TxnRef đã được dùng).");
        return (kept, null);
    }

    static DateTimeOffset? Instant(string text) =>
        text.Length == 14 && DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(7))
            : null;

    static Task Page(HttpContext context, string title, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{title} – cổng VNPAY thử nghiệm</title></head>
            <body><h1>{title}</h1>
            {body}
            </body>
            </html>
            """);
    }

    static string Html(string text) => HtmlText.Encode(text);

    // The gateway's own reading of the hash rule, written apart from the merchant's VnpaySigner:
    // RFC 3986 escaping with '+' for a space, which agrees with form encoding on everything the
    // merchant may send (the two differ only on ! * ( ) ~).
    static string Query(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields
            .Where(f => f.Key.StartsWith("vnp_", StringComparison.Ordinal) && f.Key is not ("vnp_SecureHash" or "vnp_SecureHashType") && f.Value.Length > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => Encode(f.Key) + "=" + Encode(f.Value)));

    static string Encode(string text) => Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);

    static string Hash(IEnumerable<KeyValuePair<string, string>> fields, string secret) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Query(fields))));

    static string SignedQuery(IReadOnlyDictionary<string, string> fields, string secret) =>
        Query(fields) + "&vnp_SecureHash=" + Hash(fields, secret);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>A payment the merchant opened: what it asked for, and the notification once settled.</summary>
    public sealed record Transaction(
        string TxnRef, long Amount, string OrderInfo, string ReturnUrl, string IpAddress, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Locale)
    {
        /// <summary>The signed notification query, once the transaction is settled.</summary>
        public string? Notification { get; set; }
        public bool IsSettled => Notification is not null;
    }

    /// <summary>How the scripted payment ends.</summary>
    public sealed record Outcome
    {
        /// <summary>vnp_ResponseCode: 00 paid, 24 cancelled, 51 not enough money…</summary>
        public string ResponseCode { get; init; } = "00";
        /// <summary>vnp_TransactionStatus; by default 00 when paid, 02 otherwise.</summary>
        public string? TransactionStatus { get; init; }
        /// <summary>How many times the notification is sent before the return address is given: 0 leaves it for <see cref="SendIpnAsync(string)"/>, after the return.</summary>
        public int Notifications { get; init; } = 1;
        /// <summary>The amount the gateway reports, in đồng; by default the one asked for.</summary>
        public long? Amount { get; init; }
        public string BankCode { get; init; } = "NCB";
        public string CardType { get; init; } = "ATM";
    }

    /// <summary>One notification sent and the merchant's answer.</summary>
    public sealed record IpnDelivery(string Query, HttpStatusCode Status, string? RspCode, string? Message, string Body);
}
