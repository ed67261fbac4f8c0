using System.Diagnostics;
using System.Text.Json;

namespace MotCua.FloorLoad;

/// <summary>When one call reached one board: the tool's clock, and the wall clock to compare with the call's <c>at</c>.</summary>
readonly record struct Arrival(long Timestamp, DateTimeOffset At, DateTimeOffset Received);

/// <summary>
/// One display board: listens to /bang-goi/su-kien as the board's page does, noting when each call arrives. A stream that
/// ends is opened again after the 2 s the server's <c>retry</c> asks for, and counted.
/// </summary>
sealed class BoardListener(HttpClient http)
{
    readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Each call (counter, number) the first time it arrived; read once the board has stopped.</summary>
    public Dictionary<(int Counter, int Number), Arrival> Arrivals { get; } = [];
    public int Reconnects { get; private set; }
    public Task Connected => connected.Task;

    public async Task ListenAsync(CancellationToken stop)
    {
        while (true)
        {
            try
            {
                await ReadAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                // The stream broke: counted below and opened again, as the board's page would.
            }
            Reconnects++;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task ReadAsync(CancellationToken stop)
    {
        using var response = await http.GetAsync("/bang-goi/su-kien", HttpCompletionOption.ResponseHeadersRead, stop);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
        var isCall = false;
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            if (line.StartsWith("retry:", StringComparison.Ordinal))
                connected.TrySetResult();
            else if (line == "event: call")
                isCall = true;
            else if (isCall && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var received = Stopwatch.GetTimestamp();
                var call = JsonDocument.Parse(line.AsMemory(6)).RootElement;
                var key = (call.GetProperty("counter").GetInt32(), call.GetProperty("number").GetInt32());
                Arrivals.TryAdd(key, new Arrival(received, call.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow));
                isCall = false;
            }
            else if (line.Length == 0)
                isCall = false;
        }
    }
}
