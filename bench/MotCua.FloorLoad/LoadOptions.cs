using System.Globalization;

namespace MotCua.FloorLoad;

/// <summary>The command line: every option has a default; anything else is a usage error (exit code 2).</summary>
sealed record LoadOptions(Uri BaseUrl, int Boards, int Counters, double Minutes, double MinInterval, double MaxInterval, int Backlog)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/MotCua.FloorLoad -- [options]
          --url URL          the running MotCua, on this machine (default http://127.0.0.1:5080)
          --boards N         display boards listening to /bang-goi/su-kien (default 200)
          --counters N       counters calling, each with its own officer (default 20)
          --minutes M        how long the counters call (default 5)
          --interval A-B     seconds between two calls of one counter, drawn evenly (default 3-6)
          --backlog N        tickets taken per counter before the calls start (default 5)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions(new Uri("http://127.0.0.1:5080"), 200, 20, 5, 3, 6, 5);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value");
            options = name switch
            {
                "--url" => options with { BaseUrl = Url(value) },
                "--boards" => options with { Boards = Whole(name, value, 1, 5000) },
                "--counters" => options with { Counters = Whole(name, value, 1, 999) },
                "--minutes" => options with { Minutes = Number(name, value, 0.1, 600) },
                "--interval" => Interval(options, value),
                "--backlog" => options with { Backlog = Whole(name, value, 0, 100) },
                _ => throw new UsageException($"unknown option {name}"),
            };
        }
        return options;
    }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    static Uri Url(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : throw new UsageException($"--url {value} is not an http(s) address");

    static int Whole(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} must be a whole number from {min} to {max}");

    static double Number(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{name} must be a number from {min} to {max}");

    static LoadOptions Interval(LoadOptions options, string value)
    {
        var parts = value.Split('-');
        if (parts.Length != 2)
            throw new UsageException("--interval must be A-B seconds, e.g. 3-6");
        var (min, max) = (Number("--interval", parts[0], 0.1, 3600), Number("--interval", parts[1], 0.1, 3600));
        return min <= max ? options with { MinInterval = min, MaxInterval = max } : throw new UsageException("--interval A-B needs A ≤ B");
    }
}

sealed class UsageException(string message) : Exception(message);
