using System.Net;
using System.Text.RegularExpressions;

namespace MotCua.FloorLoad;

/// <summary>A counter of the run and the officer who calls at it.</summary>
sealed record CounterSeat(int Number, string Group, string UserName);

/// <summary>
/// Makes the floor the run needs through the app's own pages, as the Center would, and leaves what is there already:
/// the administrator creates one reception account per counter (quay01, quay02, …; the demo's password); the director
/// adds the missing counters, each copying the groups and agencies of a demo counter in turn, then seconds each
/// account as the primary officer of its counter, on behalf of the counter's first agency, and records the approval.
/// </summary>
static partial class FloorSetup
{
    public static async Task<IReadOnlyList<CounterSeat>> RunAsync(Uri baseUrl, int counters, TextWriter log)
    {
        await CreateOfficersAsync(baseUrl, counters, log);
        using var director = new WebSession(baseUrl);
        await director.SignInAsync("giamdoc");
        var floor = await AddCountersAsync(director, counters, log);
        await SeatAsync(director, floor, counters, log);
        return Enumerable.Range(1, counters).Select(n => new CounterSeat(n, floor[n].Group, UserName(n))).ToList();
    }

    static string UserName(int counter) => $"quay{counter:00}";

    static async Task CreateOfficersAsync(Uri baseUrl, int counters, TextWriter log)
    {
        using var admin = new WebSession(baseUrl);
        await admin.SignInAsync("quantri");
        var page = await admin.GetStringAsync("/quan-tri/can-bo");
        var token = WebSession.Token(page);
        var center = WebSession.Options(page, "UnitId").Single(o => o.Text.StartsWith("Trung tâm Phục vụ hành chính công", StringComparison.Ordinal)).Value;
        var created = 0;
        for (var n = 1; n <= counters; n++)
        {
            var (status, _, body) = await admin.PostAsync("/quan-tri/can-bo?handler=Create", token,
                [new("UserName", UserName(n)), new("FullName", $"Cán bộ quầy {n}"), new("UnitId", center), new("Role", "Reception"), new("Password", WebSession.Password)]);
            if (status == HttpStatusCode.Redirect)
                created++;
            else if (!body.Contains("Tên đăng nhập đã được dùng.", StringComparison.Ordinal))
                throw new LoadException($"account {UserName(n)} not created ({(int)status}: {WebSession.Problem(body)})");
        }
        log.WriteLine($"Officers: {created} accounts created, {counters - created} there already");
    }

    sealed record FloorCounter(string Group, IReadOnlyList<string> AgencyIds);

    static async Task<Dictionary<int, FloorCounter>> AddCountersAsync(WebSession director, int counters, TextWriter log)
    {
        var page = await director.GetStringAsync("/can-bo/quay");
        var floor = Counters(page);
        var templates = floor.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        if (templates.Count == 0)
            throw new LoadException("the Center has no counter to copy: start from the demo");
        var token = WebSession.Token(page);
        var added = 0;
        for (var n = 1; n <= counters; n++)
        {
            if (floor.ContainsKey(n))
                continue;
            var copied = templates[(n - 1) % templates.Count];
            var (status, _, body) = await director.PostAsync("/can-bo/quay", token,
                copied.AgencyIds.Select(a => new KeyValuePair<string, string>("AgencyIds", a)).Prepend(new("ServiceGroup", copied.Group)).Prepend(new("Number", $"{n}")));
            if (status != HttpStatusCode.Redirect)
                throw new LoadException($"counter {n} not added ({(int)status}: {WebSession.Problem(body)})");
            floor[n] = copied;
            added++;
        }
        log.WriteLine($"Counters: {added} added, {floor.Count} at the Center");
        return floor;
    }

    /// <summary>The counters' table, the agencies named by the checkboxes of the form below it.</summary>
    static Dictionary<int, FloorCounter> Counters(string html)
    {
        var agencies = AgencyBox().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[2].Value).Trim(), m => WebUtility.HtmlDecode(m.Groups[1].Value));
        return CounterRow().Matches(html).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m => new FloorCounter(WebUtility.HtmlDecode(m.Groups[2].Value).Trim(),
                WebUtility.HtmlDecode(m.Groups[3].Value).Split("; ").Select(name => agencies[name.Trim()]).ToList()));
    }

    static async Task SeatAsync(WebSession director, Dictionary<int, FloorCounter> floor, int counters, TextWriter log)
    {
        var page = await director.GetStringAsync("/can-bo");
        var token = WebSession.Token(page);
        var today = WebSession.InputValue(page, "ngay") ?? throw new LoadException("no day on /can-bo");
        var officers = WebSession.Options(page, "OfficerId");
        var counterIds = WebSession.Options(page, "CounterId").Where(o => o.Value.Length > 0)
            .ToDictionary(o => int.Parse(CounterOption().Match(o.Text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), o => o.Value);
        var seated = 0;
        for (var n = 1; n <= counters; n++)
        {
            var officerId = officers.Single(o => o.Text.EndsWith($"({UserName(n)})", StringComparison.Ordinal)).Value;
            var (status, location, body) = await director.PostAsync("/can-bo", token,
                [new("AgencyId", floor[n].AgencyIds[0]), new("OfficerId", officerId), new("Role", "Primary"), new("Position", "DeputyHead"),
                 new("DelegatedApproval", "true"), new("CounterId", counterIds[n]), new("From", today)]);
            if (status != HttpStatusCode.Redirect)
            {
                // Seconded by an earlier run.
                if (body.Contains("đã có tên trong danh sách cán bộ", StringComparison.Ordinal))
                    continue;
                throw new LoadException($"{UserName(n)} not seconded ({(int)status}: {WebSession.Problem(body)})");
            }
            var secondment = await director.GetStringAsync(location!);
            var rowVersion = WebSession.InputValue(secondment, "RowVersion") ?? throw new LoadException($"no row version on {location}");
            var (approved, _, refused) = await director.PostAsync($"{location}?handler=Approve", WebSession.Token(secondment),
                [new("RowVersion", rowVersion), new("Decision", $"Quyết định số {n}/QĐ-UBND ngày {today} (chạy thử tải)")]);
            if (approved != HttpStatusCode.Redirect)
                throw new LoadException($"{UserName(n)}'s secondment not approved ({(int)approved}: {WebSession.Problem(refused)})");
            seated++;
        }
        log.WriteLine($"Seats: {seated} officers seconded and seated, {counters - seated} seated already");
    }

    [GeneratedRegex("<td class=\"num\">(\\d+)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CounterRow();

    [GeneratedRegex("name=\"AgencyIds\" value=\"([^\"]+)\"[^>]*>([^<]+)</label>")]
    private static partial Regex AgencyBox();

    [GeneratedRegex("^Quầy (\\d+)")]
    private static partial Regex CounterOption();
}
