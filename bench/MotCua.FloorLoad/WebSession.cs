using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MotCua.FloorLoad;

/// <summary>
/// One browser: its own cookies, redirects not followed (the tool reads them), optionally connecting from a given local
/// address so that the app sees one client per address, as it would see citizens' phones.
/// </summary>
sealed partial class WebSession : IDisposable
{
    public const string Password = "MotCua@2026";

    readonly HttpClient http;

    public WebSession(Uri baseUrl, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        if (from is not null)
            handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(from, context.DnsEndPoint, cancellationToken);
        http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<string> GetStringAsync(string url, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? html : throw new LoadException($"GET {url}: {(int)response.StatusCode}");
    }

    /// <summary>Posts a form with the anti-forgery token of a page read before (the token holds for the session).</summary>
    public async Task<(HttpStatusCode Status, string? Location, string Body)> PostAsync(string url, string token, IEnumerable<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken = default)
    {
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        using var response = await http.PostAsync(url, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, WebUtility.HtmlDecode(body));
    }

    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new LoadException("no anti-forgery token on the page");

    public async Task SignInAsync(string userName, CancellationToken cancellationToken = default)
    {
        var token = Token(await GetStringAsync("/dang-nhap", cancellationToken));
        var (status, _, _) = await PostAsync("/dang-nhap", token, [new("UserName", userName), new("Password", Password)], cancellationToken);
        if (status != HttpStatusCode.Redirect)
            throw new LoadException($"{userName} could not sign in ({(int)status})");
    }

    /// <summary>The options of a select on a page, as (value, text).</summary>
    public static IReadOnlyList<(string Value, string Text)> Options(string html, string selectName)
    {
        var select = new Regex($"<select[^>]*name=\"{Regex.Escape(selectName)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Match(html);
        if (!select.Success)
            throw new LoadException($"no select {selectName} on the page");
        return OptionTag().Matches(select.Groups[1].Value).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value).Trim())).ToList();
    }

    public static string? InputValue(string html, string name) =>
        new Regex($"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>What a refused form says (the validation summary or the page's problem), to explain a failed setup.</summary>
    public static string Problem(string decodedHtml) =>
        ProblemText().Match(decodedHtml) is { Success: true } m ? m.Groups[1].Value.Trim() : "no message";

    /// <summary>Connects from a loopback address of its own (Linux routes all of 127.0.0.0/8 to the loopback interface).</summary>
    static async ValueTask<Stream> ConnectFromAsync(IPAddress from, DnsEndPoint to, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(to.Host, AddressFamily.InterNetwork, cancellationToken);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(addresses, to.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("(?:class=\"message bad\"[^>]*>|<ul><li>)([^<]*)<")]
    private static partial Regex ProblemText();

    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>(.*?)</option>", RegexOptions.Singleline)]
    private static partial Regex OptionTag();
}

/// <summary>The app answered something the tool cannot go on from.</summary>
sealed class LoadException(string message) : Exception(message);
