using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace MotCua.Bench;

/// <summary>
/// `--fees`: the fees through the officers' API over real HTTP, on a database filled by
/// bench/scale/fees.sql. Starts the built app on a free local port (or uses `--url`), then
/// 1. times the monthly reconciliation of one agency (GET /officer/reconciliations/{agency}/{month})
///    and the remittance page's figures (GET /officer/remittances/due), sequentially, after a warm-up;
/// 2. receives pay-before dossiers at the counter, then N clients at once collect their fees
///    (POST /officer/dossiers/{code}/fees), one dossier each at a time: collections per second and latency.
/// </summary>
static class FeeHarness
{
    const string Password = "MotCua@2026";
    /// <summary>Chứng thực chữ ký: 10.000 đ paid before processing, the Center collects.</summary>
    const string PayBeforeProcedure = "2.000884";
    static readonly string[] Methods = ["Cash", "BankTransfer", "CardOrQr"];

    public static async Task RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var agency = Option("--agency") ?? "000.01.31.H22";
        var months = (Option("--month") ?? "2026-11,2026-10").Split(',');
        var runs = int.Parse(Option("--runs") ?? "30", CultureInfo.InvariantCulture);
        var dossiers = int.Parse(Option("--dossiers") ?? "500", CultureInfo.InvariantCulture);
        var levels = (Option("--clients") ?? "1,4,16").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();

        using var app = Option("--url") is { } url ? null : StartApp(Option("--app") ?? throw new ArgumentException("--app path/to/motcua.dll or --url"),
            Option("--db") ?? throw new ArgumentException("--db connection string"), out url);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        await WaitForHealthAsync(http);
        output.WriteLine($"MotCua at {url}, {Environment.ProcessorCount} cores");

        var monitor = await TokenAsync(http, "giamsat");
        var reception = new[] { await TokenAsync(http, "tiepnhan1"), await TokenAsync(http, "tiepnhan2") };

        foreach (var month in months)
        {
            var first = await GetJsonAsync(http, monitor, $"/api/v1/officer/reconciliations/{agency}/{month}");
            output.WriteLine($"Reconciliation {agency} {month}: {first["receipts"]} receipts, {first["procedures"]!.AsArray().Count} procedures, collected {first["collected"]} đ, "
                + $"cancelled {first["cancelled"]}, refunded {first["refunded"]}, remitted {first["remitted"]}, outstanding {first["outstanding"]}");
            output.WriteLine(Summary($"GET reconciliation {month} (MonthAsync)", await TimeAsync(runs, () => GetJsonAsync(http, monitor, $"/api/v1/officer/reconciliations/{agency}/{month}"))));
        }
        var held = await GetJsonAsync(http, reception[0], "/api/v1/officer/remittances/due");
        output.WriteLine($"Remittances due for the Center: {held.AsArray().Count} lines, {held.AsArray().Sum(h => (int)h!["receipts"]!)} receipts held");
        output.WriteLine(Summary("GET remittances/due (HeldAsync)", await TimeAsync(runs, () => GetJsonAsync(http, reception[0], "/api/v1/officer/remittances/due"))));

        foreach (var clients in levels)
        {
            var codes = new ConcurrentQueue<string>();
            var receiving = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, dossiers), new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (i, ct) => codes.Enqueue(await ReceiveAsync(http, reception[i % 2], i)));
            output.WriteLine($"{dossiers} pay-before dossiers received in {receiving.Elapsed.TotalSeconds:F1} s ({dossiers / receiving.Elapsed.TotalSeconds:F0}/s, 4 clients)");

            var latencies = new ConcurrentBag<double>();
            var failures = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
            {
                while (codes.TryDequeue(out var code))
                {
                    var started = Stopwatch.GetTimestamp();
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/officer/dossiers/{code}/fees")
                    {
                        Content = JsonContent.Create(new { method = Methods[latencies.Count % Methods.Length] }),
                    };
                    request.Headers.Authorization = reception[client % 2];
                    using var response = await http.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK || (string?)JsonNode.Parse(body)!["state"] != "InProcessing")
                    {
                        Interlocked.Increment(ref failures);
                        Console.Error.WriteLine($"{code}: {(int)response.StatusCode} {body}");
                    }
                }
            }));
            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine(Summary($"POST fees, {clients,2} clients: {(dossiers - failures) / seconds,6:F1} collections/s ({failures} failed)", latencies.ToList()));
        }
    }

    static async Task<string> ReceiveAsync(HttpClient http, AuthenticationHeaderValue token, int i)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/officer/dossiers")
        {
            Content = JsonContent.Create(new
            {
                procedureCode = PayBeforeProcedure,
                caseName = "Trong ngày",
                applicant = new { name = "Trịnh Thị Thu Hằng", identityNumber = "001190012345", address = "Số 5, đường Lê Lợi, huyện Vĩnh An", phone = $"0912 {i % 1000:D3} 678" },
                components = new[] { new { name = "Giấy tờ, văn bản cần chứng thực chữ ký" } },
                channelIn = "InPerson",
                resultChannel = "InPerson",
            }),
        };
        request.Headers.Authorization = token;
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"receive: {(int)response.StatusCode} {body}");
        return (string)JsonNode.Parse(body)!["code"]!;
    }

    static async Task<List<double>> TimeAsync(int runs, Func<Task<JsonNode>> call)
    {
        for (var i = 0; i < 3; i++)
            await call();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return times;
    }

    static string Summary(string what, List<double> ms)
    {
        ms.Sort();
        double At(double p) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
        return $"{what}: n={ms.Count} min={ms[0]:F1} ms median={At(0.5):F1} ms p90={At(0.9):F1} ms p99={At(0.99):F1} ms max={ms[^1]:F1} ms";
    }

    static async Task<JsonNode> GetJsonAsync(HttpClient http, AuthenticationHeaderValue token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = token;
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? JsonNode.Parse(body)! : throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
    }

    static async Task<AuthenticationHeaderValue> TokenAsync(HttpClient http, string userName)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/token", new { userName, password = Password });
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? new("Bearer", (string)JsonNode.Parse(body)!["accessToken"]!) : throw new InvalidOperationException($"token: {(int)response.StatusCode} {body}");
    }

    static async Task WaitForHealthAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
            }
            await Task.Delay(250);
        }
    }

    /// <summary>The built app on a port the system says is free, on the given PostgreSQL database, its output discarded.</summary>
    static AppProcess StartApp(string dll, string connectionString, out string url)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        url = $"http://127.0.0.1:{port}";
        var work = Directory.CreateTempSubdirectory("motcua-bench-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"app: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, work);
    }

    sealed class AppProcess(Process process, DirectoryInfo work) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            process.Dispose();
            work.Delete(recursive: true);
        }
    }
}
