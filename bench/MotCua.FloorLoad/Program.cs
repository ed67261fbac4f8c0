using System.Diagnostics;
using System.Net;
using MotCua.FloorLoad;

// Issue 15's load test: display boards held open on /bang-goi/su-kien while counters call at /quay, against a running app.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
    if (!await IsThisMachineAsync(options.BaseUrl))
        throw new UsageException($"--url {options.BaseUrl} must be this machine: the citizens take tickets from loopback addresses of their own");
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var output = Console.Out;
try
{
    output.WriteLine($"MotCua floor load: {options.Boards} boards, {options.Counters} counters calling every {options.MinInterval}–{options.MaxInterval} s "
        + $"for {options.Minutes} min, against {options.BaseUrl}; {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
    var seats = await FloorSetup.RunAsync(options.BaseUrl, options.Counters, output);

    using var citizens = new Citizens(options.BaseUrl);
    // A ticket for each counter's group in turn: the groups' queues fill as their counters empty them.
    var ticket = 0;
    Task TakeNext() => citizens.TakeAsync(seats[Interlocked.Increment(ref ticket) % seats.Count].Group);
    await Parallel.ForEachAsync(Enumerable.Range(0, options.Backlog * seats.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, _) => await TakeNext());
    output.WriteLine($"Backlog: {citizens.Taken} tickets taken before the calls");

    using var boardHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = options.BaseUrl,
        Timeout = Timeout.InfiniteTimeSpan,
    };
    using var stopBoards = new CancellationTokenSource();
    var boards = Enumerable.Range(0, options.Boards).Select(_ => new BoardListener(boardHttp)).ToList();
    var connecting = Stopwatch.StartNew();
    var listening = boards.Select(b => Task.Run(() => b.ListenAsync(stopBoards.Token))).ToList();
    var allConnected = Task.WhenAll(boards.Select(b => b.Connected));
    if (await Task.WhenAny(allConnected, Task.Delay(TimeSpan.FromMinutes(1))) != allConnected)
        throw new LoadException($"only {boards.Count(b => b.Connected.IsCompleted)} of {options.Boards} boards connected in a minute");
    output.WriteLine($"Boards: {options.Boards} connected in {connecting.Elapsed.TotalSeconds:F1} s");

    var counters = seats.Select(s => new CounterDriver(s, options.BaseUrl, options.MinInterval, options.MaxInterval)).ToList();
    var calling = counters.Select(c => c.RunAsync(options.Duration)).ToList();
    // Citizens keep coming a little faster than the counters call, so that no queue runs dry.
    var arrivals = new List<Task>();
    using (var pace = new PeriodicTimer(TimeSpan.FromSeconds((options.MinInterval + options.MaxInterval) / 2 / options.Counters / 1.1)))
    {
        var calls = Task.WhenAll(calling);
        while (!calls.IsCompleted && await pace.WaitForNextTickAsync())
            arrivals.Add(TakeNext());
    }
    await Task.WhenAll(calling);
    await Task.WhenAll(arrivals);
    // The last calls' deliveries are let in before the boards hang up.
    await Task.Delay(TimeSpan.FromSeconds(5));
    await stopBoards.CancelAsync();
    await Task.WhenAll(listening);

    return LoadReport.Write(output, counters, boards, citizens) ? 0 : 1;
}
catch (Exception e) when (e is LoadException or HttpRequestException)
{
    Console.Error.WriteLine($"The run stopped: {e.Message}");
    return 1;
}

static async Task<bool> IsThisMachineAsync(Uri url)
{
    try
    {
        return (await Dns.GetHostAddressesAsync(url.Host, System.Net.Sockets.AddressFamily.InterNetwork)).Any(IPAddress.IsLoopback);
    }
    catch (System.Net.Sockets.SocketException)
    {
        return false;
    }
}
