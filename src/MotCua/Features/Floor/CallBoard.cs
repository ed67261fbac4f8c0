using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace MotCua.Features.Floor;

/// <summary>One call as the hall's board shows and speaks it.</summary>
public sealed record BoardCall(int Number, string Ticket, int Counter, string Group, DateTimeOffset At, int Calls)
{
    /// <summary>What the board says aloud in Vietnamese.</summary>
    public string Spoken => $"Mời công dân có số thứ tự {Number} đến quầy số {Counter}";
}

/// <summary>
/// The calls of each Center, pushed to its display boards as they happen (server-sent events). A board that connects
/// gets the latest calls first. Held in this process: the calls of another node reach its own boards only (issue 19
/// takes several nodes).
/// </summary>
public sealed class CallBoard
{
    public const int Kept = 8;

    readonly ConcurrentDictionary<string, CenterBoard> centers = new();

    sealed class CenterBoard
    {
        public readonly object Gate = new();
        public readonly LinkedList<BoardCall> Latest = new();
        public readonly HashSet<Channel<BoardCall>> Boards = [];
    }

    public void Publish(string centerId, BoardCall call)
    {
        var board = centers.GetOrAdd(centerId, _ => new CenterBoard());
        lock (board.Gate)
        {
            board.Latest.AddFirst(call);
            while (board.Latest.Count > Kept)
                board.Latest.RemoveLast();
            foreach (var channel in board.Boards)
                channel.Writer.TryWrite(call);
        }
    }

    public IReadOnlyList<BoardCall> Latest(string centerId)
    {
        if (!centers.TryGetValue(centerId, out var board))
            return [];
        lock (board.Gate)
            return board.Latest.ToList();
    }

    /// <summary>Streams the Center's calls to one board until it goes away; a slow board drops its oldest unsent calls.</summary>
    public async Task StreamAsync(string centerId, HttpResponse response, CancellationToken cancellationToken)
    {
        var board = centers.GetOrAdd(centerId, _ => new CenterBoard());
        var channel = Channel.CreateBounded<BoardCall>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (board.Gate)
            board.Boards.Add(channel);
        try
        {
            response.Headers.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            await response.WriteAsync("retry: 2000\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
            using var heartbeat = new PeriodicTimer(TimeSpan.FromSeconds(15));
            var waitingForCall = channel.Reader.WaitToReadAsync(cancellationToken).AsTask();
            var waitingForBeat = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
            while (!cancellationToken.IsCancellationRequested)
            {
                var done = await Task.WhenAny(waitingForCall, waitingForBeat);
                if (done == waitingForBeat)
                {
                    // A comment line keeps proxies from closing an idle stream.
                    await response.WriteAsync(": nhịp\n\n", cancellationToken);
                    waitingForBeat = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                }
                else
                {
                    if (!await waitingForCall)
                        break;
                    while (channel.Reader.TryRead(out var call))
                        await response.WriteAsync($"event: call\ndata: {JsonSerializer.Serialize(call, Json)}\n\n", cancellationToken);
                    waitingForCall = channel.Reader.WaitToReadAsync(cancellationToken).AsTask();
                }
                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The board went away.
        }
        finally
        {
            lock (board.Gate)
                board.Boards.Remove(channel);
        }
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
