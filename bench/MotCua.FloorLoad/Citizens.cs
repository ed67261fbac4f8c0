using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace MotCua.FloorLoad;

/// <summary>
/// Citizens taking tickets at /lay-so, each from a loopback address of its own: the app limits what one address posts
/// (10 a minute), as it would limit one phone, and is left as configured. An address is used at most 9 times in any
/// 61 seconds, so no fixed minute of the limiter ever sees 10; new addresses are opened as the pace needs, in a block
/// drawn for the run (127.N.*.*), so that the limiter's counts from an earlier run do not carry over.
/// </summary>
sealed class Citizens(Uri baseUrl) : IDisposable
{
    const int PerAddress = 9;
    static readonly long Window = Stopwatch.Frequency * 61;

    /// <summary>A phone reads the form once: its token is shared by the posts made from it, even at once.</summary>
    sealed class Phone(WebSession session)
    {
        public readonly WebSession Session = session;
        public readonly Queue<long> Uses = new();
        public readonly Task<string> Token = FormTokenAsync(session);

        static async Task<string> FormTokenAsync(WebSession session) => WebSession.Token(await session.GetStringAsync("/lay-so"));
    }

    readonly List<Phone> phones = [];
    readonly Lock gate = new();
    readonly byte block = (byte)Random.Shared.Next(1, 255);
    readonly ConcurrentDictionary<string, int> failures = new();
    int taken, refused;

    public int Taken => taken;
    public int Refused => refused;
    public IReadOnlyDictionary<string, int> Failures => failures;
    public int Addresses => phones.Count;

    public async Task TakeAsync(string group)
    {
        var phone = Next();
        try
        {
            var (status, _, _) = await phone.Session.PostAsync("/lay-so", await phone.Token, [new("Group", group), new("Priority", "None")]);
            if (status == HttpStatusCode.Redirect)
                Interlocked.Increment(ref taken);
            else if (status == HttpStatusCode.TooManyRequests)
                Interlocked.Increment(ref refused);
            else
                failures.AddOrUpdate($"HTTP {(int)status}", 1, (_, n) => n + 1);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or LoadException)
        {
            failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
        }
    }

    Phone Next()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            foreach (var phone in phones)
            {
                while (phone.Uses.TryPeek(out var used) && now - used > Window)
                    phone.Uses.Dequeue();
                if (phone.Uses.Count < PerAddress)
                    return Use(phone, now);
            }
            var k = phones.Count;
            var opened = new Phone(new WebSession(baseUrl, new IPAddress([127, block, (byte)(1 + k / 250), (byte)(1 + k % 250)])));
            phones.Add(opened);
            return Use(opened, now);
        }
    }

    static Phone Use(Phone phone, long now)
    {
        phone.Uses.Enqueue(now);
        return phone;
    }

    public void Dispose()
    {
        foreach (var phone in phones)
            phone.Session.Dispose();
    }
}
