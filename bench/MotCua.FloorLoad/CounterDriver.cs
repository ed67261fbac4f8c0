using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MotCua.FloorLoad;

/// <summary>A call made: which ticket, when its POST was sent (the tool's clock) and how long the POST took.</summary>
readonly record struct Call(int Counter, int Number, long Sent, double HttpMilliseconds);

/// <summary>
/// One counter's officer at /quay: signed in, presses "Gọi số tiếp theo" at a steady, jittered pace, then reads the
/// console the redirect leads to, as the browser does, to learn the number called.
/// </summary>
sealed partial class CounterDriver(CounterSeat seat, Uri baseUrl, double minInterval, double maxInterval)
{
    const string QueueEmpty = "Không còn công dân chờ ở lĩnh vực của quầy.";

    public List<Call> Calls { get; } = [];
    public int Empty { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task RunAsync(TimeSpan duration)
    {
        using var officer = new WebSession(baseUrl);
        await officer.SignInAsync(seat.UserName);
        var console = $"/quay?so={seat.Number}";
        var token = WebSession.Token(await officer.GetStringAsync(console));
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        // The counters start spread over one interval, not all at once.
        var wait = Random.Shared.NextDouble() * maxInterval;
        while (Stopwatch.GetTimestamp() + (long)(wait * Stopwatch.Frequency) < until)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait));
            wait = minInterval + Random.Shared.NextDouble() * (maxInterval - minInterval);
            try
            {
                await CallAsync(officer, console, token);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or LoadException)
            {
                Errors.Add(e.GetType().Name);
            }
        }
    }

    async Task CallAsync(WebSession officer, string console, string token)
    {
        var sent = Stopwatch.GetTimestamp();
        var (status, _, body) = await officer.PostAsync($"{console}&handler=Next", token, []);
        var milliseconds = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        if (status == HttpStatusCode.BadRequest && body.Contains(QueueEmpty, StringComparison.Ordinal))
        {
            Empty++;
            return;
        }
        if (status != HttpStatusCode.Redirect)
        {
            Errors.Add($"HTTP {(int)status}");
            return;
        }
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync(console));
        if (CalledNumber().Match(page) is not { Success: true } called)
        {
            Errors.Add("called number not shown");
            return;
        }
        Calls.Add(new Call(seat.Number, int.Parse(called.Groups[1].Value, CultureInfo.InvariantCulture), sent, milliseconds));
    }

    [GeneratedRegex("Đã gọi số (\\d+)\\.")]
    private static partial Regex CalledNumber();
}
