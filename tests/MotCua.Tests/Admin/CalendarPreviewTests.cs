using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;
using MotCua.Features.Admin;
using MotCua.Features.Demo;
using MotCua.Platform;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Admin;

/// <summary>The what-if of a calendar change (R48): the preview shows what applying it then does, and saves nothing.</summary>
public partial class CalendarPreviewTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_holidays_preview_lists_exactly_the_dossiers_applying_it_moves_with_the_same_new_dates_and_saves_nothing_R48(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider);
        var admin = await app.SignedIn("quantri");
        var before = await SnapshotAsync(app);

        var page = await FormPage.OpenAsync(admin, "/quan-tri/lich");
        var previewed = await page.PostAsync("/quan-tri/lich?handler=Preview", ("Date", "2026-11-26"), ("Name", "Nghỉ đột xuất"), ("IsWorking", "false"));
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var html = await previewed.Content.ReadAsStringAsync();
        var preview = Preview.Read(html);
        Assert.NotEmpty(preview.Rows);
        Assert.Equal(before, await SnapshotAsync(app));

        var applied = await Preview.ApplyAsync(admin, html);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await SnapshotAsync(app);
        var moved = after.Dossiers.Except(before.Dossiers).ToList();
        Assert.Equal(moved.Select(d => d.Code).Order(), preview.Rows.Select(r => r.Code).Order());
        foreach (var row in preview.Rows)
        {
            var dossier = moved.Single(d => d.Code == row.Code);
            Assert.Equal(row.NewDue, dossier.Due);
            Assert.Equal(row.NewStepDue, dossier.StepDue);
            Assert.Equal(before.Dossiers.Single(b => b.Code == row.Code).History + 1, dossier.History);
            Assert.Equal("+1", row.Shift);
        }
        var perAgency = moved.GroupBy(d => d.AgencyName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(perAgency, preview.Counts);
        Assert.True(perAgency.Count > 1, "the demo's open dossiers are at more than one agency");
        var done = WebUtility.HtmlDecode(await admin.GetStringAsync(applied.Headers.Location!.OriginalString));
        Assert.Contains($"Đã tính lại hạn của {moved.Count} hồ sơ đang giải quyết", done);
        Assert.Contains(new DateOnly(2026, 11, 26), after.Days);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_swapped_working_day_brings_due_dates_forward_and_removing_it_previews_them_going_back_R42_R48(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider);
        var admin = await app.SignedIn("quantri");

        // Saturday 28/11/2026 worked: dossiers due after it are due a working day earlier.
        var page = await FormPage.OpenAsync(admin, "/quan-tri/lich");
        var html = await (await page.PostAsync("/quan-tri/lich?handler=Preview", ("Date", "2026-11-28"), ("Name", "Làm bù"), ("IsWorking", "true"))).Content.ReadAsStringAsync();
        var earlier = Preview.Read(html);
        Assert.NotEmpty(earlier.Rows);
        Assert.All(earlier.Rows, r => Assert.Equal("−1", r.Shift));
        await Preview.ApplyAsync(admin, html);
        var swapped = await SnapshotAsync(app);
        Assert.All(earlier.Rows, r => Assert.Equal(r.NewDue, swapped.Dossiers.Single(d => d.Code == r.Code).Due));

        // Removing it: the preview comes from the calendar's own list, and applying moves exactly those back.
        page = await FormPage.OpenAsync(admin, "/quan-tri/lich?Year=2026");
        html = await (await page.PostAsync("/quan-tri/lich?handler=PreviewRemove", ("Date", "2026-11-28"))).Content.ReadAsStringAsync();
        Assert.Contains("Xem trước: Bỏ ngày 28/11/2026", WebUtility.HtmlDecode(html));
        var back = Preview.Read(html);
        Assert.Equal(earlier.Rows.Select(r => r.Code).Order(), back.Rows.Select(r => r.Code).Order());
        Assert.All(back.Rows, r => Assert.Equal("+1", r.Shift));
        Assert.Equal(swapped, await SnapshotAsync(app));
        await Preview.ApplyAsync(admin, html);
        var removed = await SnapshotAsync(app);
        Assert.DoesNotContain(new DateOnly(2026, 11, 28), removed.Days);
        foreach (var row in back.Rows)
            Assert.Equal((row.NewDue, row.NewStepDue), removed.Dossiers.Where(d => d.Code == row.Code).Select(d => (d.Due, d.StepDue)).Single());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_preview_counts_every_moved_dossier_of_an_agency_and_lists_the_first_ones_with_how_many_more_R48(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const int received = CalendarListed + 5;
        await ReceiveJusticeDossiersAsync(app, received);
        var admin = await app.SignedIn("quantri");

        var page = await FormPage.OpenAsync(admin, "/quan-tri/lich");
        var html = await (await page.PostAsync("/quan-tri/lich?handler=Preview", ("Date", "2026-11-27"), ("Name", "Nghỉ đột xuất"), ("IsWorking", "false"))).Content.ReadAsStringAsync();
        var preview = Preview.Read(html);
        Assert.Equal(new Dictionary<string, int> { [DemoCatalog.Justice.Name] = received }, preview.Counts);
        Assert.Equal(CalendarListed, preview.Rows.Count);
        Assert.Contains("và 5 hồ sơ khác", WebUtility.HtmlDecode(html));
        Assert.All(preview.Rows, r => Assert.Equal(("17:00 01/12/2026", "+1"), (r.NewDue, r.Shift)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_to_the_preview_gets_a_Vietnamese_message_and_a_400_never_a_5xx_and_changes_nothing_R48(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 10);
        var admin = await app.SignedIn("quantri");
        var before = await SnapshotAsync(app);
        (string Handler, (string, string)[] Fields, string Message)[] cases =
        [
            ("Preview", [("Date", "1999-12-31"), ("Name", "Tết"), ("IsWorking", "false")], "Ngày phải trong khoảng năm 2000–2100."),
            ("Preview", [("Date", "2101-01-01"), ("Name", "Tết"), ("IsWorking", "false")], "Ngày phải trong khoảng năm 2000–2100."),
            ("Preview", [("Date", "2026-11-27"), ("Name", "   "), ("IsWorking", "false")], "Nhập ngày và tên ngày nghỉ hoặc ngày làm bù."),
            ("Preview", [("Date", "ngày mai"), ("Name", "Nghỉ"), ("IsWorking", "false")], BindingErrors.Message),
            ("Preview", [("Date", "2026-11-27"), ("Name", "Nghỉ"), ("IsWorking", "có")], BindingErrors.Message),
            ("Preview", [("Date", "2026-12-02"), ("Name", "Làm bù"), ("IsWorking", "true")], "Ngày làm bù 02/12/2026 phải là ngày nghỉ hằng tuần"),
            ("Preview", [("Date", "2026-11-27"), ("Name", "Nghỉ\u0007"), ("IsWorking", "false")], "Tên ngày nghỉ hoặc ngày làm bù chỉ gồm một dòng"),
            ("Preview", [("Date", "2026-11-27"), ("Name", new string('x', CalendarDay.MaxNameLength + 1)), ("IsWorking", "false")], $"Tên ngày nghỉ hoặc ngày làm bù không quá {CalendarDay.MaxNameLength} ký tự."),
            ("PreviewRemove", [("Date", "2026-11-27")], "Ngày này không có trong lịch."),
            ("PreviewRemove", [("Date", "")], "Ngày này không có trong lịch."),
            ("Add", [("Date", "1999-12-31"), ("Name", "Tết"), ("IsWorking", "false")], "Ngày phải trong khoảng năm 2000–2100."),
        ];
        foreach (var (handler, fields, message) in cases)
        {
            var page = await FormPage.OpenAsync(admin, "/quan-tri/lich");
            var response = await page.PostAsync($"/quan-tri/lich?handler={handler}", fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(text.Contains(message), $"{handler} {string.Join(", ", fields)}: {Regex.Match(text, "class=\"message bad\">([^<]*)").Groups[1].Value}");
            Assert.DoesNotContain("Xem trước:", text);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/quan-tri/lich?Year=99999")).StatusCode);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task The_dossiers_a_calendar_change_can_move_are_read_through_the_due_date_indexes_not_a_table_scan_R48()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await using var db = app.NewDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Dossiers.MayMove(new DateOnly(2026, 11, 26), StateCalendars.VietnamStateBodiesCalendar).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(3));
        Assert.Contains(plan, step => step.Contains("IX_Dossiers_Due"));
        Assert.Contains(plan, step => step.Contains("IX_Dossiers_StepDue"));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN Dossiers", StringComparison.Ordinal));
    }

    const int CalendarListed = CalendarChange.ListedPerAgency;

    /// <summary>Dossiers received Wednesday 25/11/2026 at the Justice office, 3 working days: due Monday 30/11.</summary>
    static async Task ReceiveJusticeDossiersAsync(MotCuaApp app, int count)
    {
        await using var db = app.NewDbContext();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "1.004873");
        var locality = new Locality(LocalityProfiles.Default, StateCalendars.VietnamStateBodiesCalendar);
        var reception = new Actor("r", "Nguyễn Thị Lan", Role.Reception, DemoCatalog.Center.Id);
        var at = locality.Calendar.AtLocal(new DateOnly(2026, 11, 25), new TimeOnly(9, 0));
        for (var i = 1; i <= count; i++)
        {
            var dossier = Dossier.Receive(DossierCode.Parse($"000.01.31.H22-261125-{i:0000}"), DemoCatalog.Center.Id, procedure, procedure.Versions[0].Cases[0].Name,
                TestApplicants.Individual($"Trần Thị Mơ {i}", "Số 1, đường Lê Lợi"),
                procedure.Versions[0].Components.Where(c => c.Required).Select(c => new SubmittedComponent(c.Name, c.Originals, c.Copies)).ToList(),
                Channel.InPerson, Channel.InPerson, reception, at, locality).Value!;
            db.Dossiers.Add(dossier);
        }
        await db.SaveChangesAsync();
        app.Clock.SetUtcNow(at.AddHours(1));
    }

    sealed record StoredDossier(string Code, string AgencyName, string? Due, string? StepDue, int History);

    sealed record Snapshot(IReadOnlyList<StoredDossier> Dossiers, IReadOnlyList<DateOnly> Days, Guid? Stamp)
    {
        public bool Equals(Snapshot? other) => other is not null && Dossiers.SequenceEqual(other.Dossiers) && Days.SequenceEqual(other.Days) && Stamp == other.Stamp;
        public override int GetHashCode() => Dossiers.Count;
    }

    /// <summary>Every dossier's due dates (as the preview shows them) and history length, the calendar's days and the locality stamp.</summary>
    static async Task<Snapshot> SnapshotAsync(MotCuaApp app)
    {
        await using var db = app.NewDbContext();
        var names = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
        var dossiers = await db.Dossiers.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.AgencyId, d.Due, d.StepDue, History = d.History.Count }).ToListAsync();
        var days = await db.CalendarDays.Select(d => d.Date).OrderBy(d => d).ToListAsync();
        var stamp = await db.Settings.Select(s => (Guid?)s.LocalityStamp).SingleOrDefaultAsync();
        return new Snapshot(
            dossiers.Select(d => new StoredDossier(d.Code.ToString(), names[d.AgencyId], Show(d.Due), Show(d.StepDue), d.History)).ToList(), days, stamp);
    }

    static string? Show(DateTimeOffset? instant) => instant is { } i ? VietnameseFormat.DateTime(i) : null;

    /// <summary>The preview as the administrator reads it: each agency's count, each listed row, and its "Áp dụng" form.</summary>
    sealed partial record Preview(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<Preview.Row> Rows)
    {
        public sealed record Row(string Code, string? NewDue, string? NewStepDue, string Shift);

        public static Preview Read(string html)
        {
            var section = WebUtility.HtmlDecode(Section().Match(html).Value);
            Assert.NotEmpty(section);
            var counts = Agency().Matches(section).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
            var rows = RowPattern().Matches(section).Select(m => new Row(m.Groups[1].Value, New(m.Groups[2].Value), New(m.Groups[3].Value), m.Groups[4].Value)).ToList();
            return new Preview(counts, rows);
        }

        /// <summary>Posts the preview's own "Áp dụng" form, its hidden fields and anti-forgery token, as the button does.</summary>
        public static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string html)
        {
            var form = ApplyForm().Match(html);
            Assert.True(form.Success, "the preview has an Áp dụng form");
            var fields = Hidden().Matches(form.Value).Select(m => KeyValuePair.Create(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
            Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");
            return client.PostAsync(WebUtility.HtmlDecode(form.Groups[1].Value), new FormUrlEncodedContent(fields));
        }

        // "old → new" when the date moves, the date alone when it stays, "–" when there is none.
        static string? New(string cell) => cell.Split(" → ")[^1] is var last && last is "–" or "không có" ? null : last;

        [GeneratedRegex("<section class=\"card\" id=\"xem-truoc\">.*?</section>", RegexOptions.Singleline)]
        private static partial Regex Section();

        [GeneratedRegex("<h3>(.+?): (\\d+) hồ sơ</h3>")]
        private static partial Regex Agency();

        [GeneratedRegex("<tr>\\s*<td>([^<]+)</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*</tr>")]
        private static partial Regex RowPattern();

        [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">(?:(?!</form>).)*Áp dụng(?:(?!</form>).)*</form>", RegexOptions.Singleline)]
        private static partial Regex ApplyForm();

        [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"([^\"]+)\" (?:type=\"hidden\" )?value=\"([^\"]*)\"")]
        private static partial Regex Hidden();
    }
}
