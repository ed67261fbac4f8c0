using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MotCua.Tests.Notifications;

/// <summary>
/// A small SMTP server on a free port that speaks the real conversation (EHLO, MAIL, RCPT, DATA, QUIT)
/// and keeps every message it accepted. It can refuse messages (451) or hold the reply to a DATA,
/// which is how the crash tests stop the sender between handing a message over and hearing it was taken.
/// A message whose connection drops before the server's 250 reply is not accepted (RFC 5321 §4.1.1.4).
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new();
    readonly Task _accepting;

    public SmtpListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public ConcurrentQueue<string> Accepted { get; } = new();
    /// <summary>How many DATA commands to refuse with 451 before accepting.</summary>
    public int RefuseNext;
    /// <summary>The DATA (counted from 1) whose reply is held: the message is in, the 250 never comes.</summary>
    public int HoldAt = -1;
    /// <summary>Completes when the held DATA has arrived.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _data;

    async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 SMTPUTF8");
                        break;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                            data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                        if (Interlocked.Decrement(ref RefuseNext) >= 0)
                        {
                            await writer.WriteLineAsync("451 Try again later");
                            break;
                        }
                        if (Interlocked.Increment(ref _data) == HoldAt)
                        {
                            // Never answer: the sender is killed while it waits; the message is not accepted.
                            Held.TrySetResult();
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                        }
                        Accepted.Enqueue(data.ToString());
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away (or the test ended): whatever was not answered with 250 is not accepted.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
    }
}
