using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Profiles;
using MotCua.Domain.Ratings;
using MotCua.Domain.Staffing;
using MotCua.Features.Demo;
using MotCua.Features.Notifications;
using MotCua.Features.Ratings;
using MotCua.Features.Shared;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Forms;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Staffing;

/// <summary>
/// The Center evaluates its seconded officers on the profile's bases and sends the result to their agencies, which send back
/// the year's rating (R31, R62): figures traced to the dossiers and ratings behind them, the self-assessment, the appraisal,
/// the document kept as sent, the deadlines on the calendar and the watch's reminders.
/// </summary>
public sealed class EvaluationTests
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Seconds tiepnhan1 (Nguyễn Thị Lan, at the counter) from Phòng Tư pháp, approved by the Center; returns the secondment's id.</summary>
    static async Task<int> SecondAsync(MotCuaApp app, string profileId, DateTimeOffset at)
    {
        await using var db = app.NewDbContext();
        var officer = await db.Users.SingleAsync(u => u.UserName == "tiepnhan1");
        var staff = await db.Users.SingleAsync(u => u.UserName == "giamsat");
        var by = new Actor(staff.Id, staff.FullName, Role.CenterStaff, staff.UnitId);
        var secondment = Secondment.Propose(DemoCatalog.Center.Id, DemoCatalog.Justice.Id, DemoCatalog.Justice.Name, isAgency: true, officer.Id, officer.FullName,
            SecondmentRole.Primary, OfficerPosition.DeputyHead, delegatedApproval: true, counterId: null, new DateOnly(2026, 1, 1), null, [],
            LocalityProfiles.Get(profileId).OfficerRules, by, at).Value!;
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Chủ tịch UBND", by, at).Succeeded);
        db.Secondments.Add(secondment);
        await db.SaveChangesAsync();
        return secondment.Id;
    }

    static async Task RateAsync(MotCuaApp app, string code, SatisfactionLevel level)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCua.Data.MotCuaDbContext>();
        var dossier = await StatusLookup.VerifiedAsync(db, DossierCode.Parse(code), "5678");
        var saved = await scope.ServiceProvider.GetRequiredService<RatingDesk>().RateAsync(dossier!, new RatingChoice(level, [], null), RatingChannel.Portal, default);
        Assert.True(saved.Succeeded, saved.ToString());
    }

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    static string Flat(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Bac_Ninh_the_months_evaluation_counts_four_bases_traced_to_dossiers_and_ratings_self_assessed_appraised_and_sent_R31_R52(string provider)
    {
        // Friday 20/11/2026: the officer received two dossiers in November and their applicants rated them.
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: new DateTimeOffset(2026, 11, 20, 10, 0, 0, Vietnam));
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var secondmentId = await SecondAsync(app, "bac-ninh-province-2023", app.Clock.GetUtcNow());
        var first = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, new DateTimeOffset(2026, 11, 10, 9, 0, 0, Vietnam));
        var second = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, new DateTimeOffset(2026, 11, 12, 14, 0, 0, Vietnam));
        await RateAsync(app, first, SatisfactionLevel.VerySatisfied);
        await RateAsync(app, second, SatisfactionLevel.Dissatisfied);

        // Wednesday 02/12: November is the period, due by the end of the 5th working day of December (Monday 07/12).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, Vietnam));
        var december = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, new DateTimeOffset(2026, 12, 1, 9, 0, 0, Vietnam));
        var staff = await app.SignedIn("giamsat");
        var list = await FormPage.OpenAsync(staff, "/can-bo/danh-gia");
        Assert.Contains("Kỳ đánh giá tháng 11/2026", list.Text);
        Assert.Contains("07/12/2026", list.Text);
        Assert.Contains("Nguyễn Thị Lan", list.Text);
        var started = await list.PostAsync("/can-bo/danh-gia?handler=Start&ky=2026-11", ("secondmentId", secondmentId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = started.Headers.Location!.ToString();
        var id = int.Parse(url.Split('/')[^1]);

        var page = await FormPage.OpenAsync(staff, url);
        var text = Flat(page.Text);
        // Bắc Ninh's four bases, and not the handling results it does not name.
        foreach (var basis in new[] { EvaluationBasis.ReceptionResults, EvaluationBasis.ComplaintsAndRatings, EvaluationBasis.SelfAssessment, EvaluationBasis.RuleCompliance })
            Assert.Contains($"<h3>{basis.Vietnamese()}</h3>", page.Text);
        Assert.DoesNotContain(EvaluationBasis.HandlingResults.Vietnamese(), page.Text);
        Assert.Contains("Hồ sơ cán bộ tiếp nhận 2", text);
        Assert.Contains("Chưa ghi nhận: hệ thống từ chối ngay khi nhập", text);
        Assert.Contains("Cán bộ chưa tự đánh giá", text);
        // The self-assessment is a basis here: the Center waits for it.
        Assert.DoesNotContain("handler=Appraise", page.Text);
        var early = await page.PostAsync($"{url}?handler=Appraise", ("Grade", "Good"), ("Comments", "Tốt."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("cán bộ phải tự đánh giá trước", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));

        // Each figure opens the dossiers behind it: November's two, not December's.
        var received = (await FormPage.OpenAsync(staff, $"/can-bo/danh-gia/{id}/ho-so?basis=ReceptionResults&measure=received")).Text;
        Assert.Contains($"href=\"/ho-so/{first}\"", received);
        Assert.Contains($"href=\"/ho-so/{second}\"", received);
        Assert.DoesNotContain(december, received);
        var dissatisfied = (await FormPage.OpenAsync(staff, $"/can-bo/danh-gia/{id}/ho-so?basis=ComplaintsAndRatings&measure=rating-dissatisfied")).Text;
        Assert.Contains(second, dissatisfied);
        Assert.DoesNotContain(first, dissatisfied);
        Assert.Contains("Không hài lòng", dissatisfied);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/can-bo/danh-gia/{id}/ho-so?basis=HandlingResults&measure=late")).StatusCode);

        // The officer self-assesses; another officer at the counter never sees it.
        Assert.DoesNotContain("tháng 11/2026", (await FormPage.OpenAsync(await app.SignedIn("tiepnhan2"), "/can-bo/tu-danh-gia")).Text);
        var self = await FormPage.OpenAsync(await app.SignedIn("tiepnhan1"), "/can-bo/tu-danh-gia");
        Assert.Contains("Đánh giá tháng 11/2026", self.Text);
        var missing = await self.PostAsync("/can-bo/tu-danh-gia", ("Id", id.ToString()), ("RulesEthicsCommunication", "Chấp hành đúng giờ giấc."), ("Results", ""),
            ("Feedback", "Một đánh giá không hài lòng."), ("ProposedGrade", "Good"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostAsync("/can-bo/tu-danh-gia", ("Id", id.ToString()),
            ("RulesEthicsCommunication", "Chấp hành đúng giờ giấc, nội quy; giao tiếp lịch sự."), ("Results", "Tiếp nhận 2 hồ sơ đúng quy định."),
            ("Feedback", "Một đánh giá không hài lòng về thời gian chờ."), ("ProposedGrade", "Good"))).StatusCode);

        var assessed = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Tiếp nhận 2 hồ sơ đúng quy định.", assessed.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await assessed.PostAsync($"{url}?handler=Appraise", ("Grade", "Good"),
            ("Comments", "Hoàn thành tốt nhiệm vụ tiếp nhận; cần rút ngắn thời gian chờ."))).StatusCode);
        var appraised = await FormPage.OpenAsync(staff, url);
        Assert.Equal(HttpStatusCode.Redirect, (await appraised.PostAsync($"{url}?handler=Send")).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var appraisal = await db.OfficerAppraisals.SingleAsync();
            Assert.Equal((AppraisalState.Sent, AppraisalGrade.Good, "Phạm Thu Hà", "2026-11"), (appraisal.State, appraisal.Grade, appraisal.SentBy, appraisal.PeriodKey));
            Assert.Equal([first, second], appraisal.Figures.Single(f => f.Measure == "received").Refs);
            Assert.NotNull(await db.OfficerAppraisals.Select(a => EF.Property<string?>(a, "DocumentSha256")).SingleAsync());
        }
        // Sent, the document is kept: no more forms, the same bytes for the director and through the API (R52).
        var sent = await FormPage.OpenAsync(staff, url);
        Assert.DoesNotContain("handler=Appraise", sent.Text);
        Assert.DoesNotContain("handler=Recompute", sent.Text);
        var pdf = await (await staff.GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync();
        var pdfText = Regex.Replace(await ReceiptPdfTests.PdfText(pdf), @"\s+", " ");
        Assert.Contains("PHIẾU ĐÁNH GIÁ CÁN BỘ, CÔNG CHỨC LÀM VIỆC TẠI TRUNG TÂM", pdfText);
        Assert.Contains("Nguyễn Thị Lan", pdfText);
        Assert.Contains("Xếp loại: Hoàn thành tốt nhiệm vụ", pdfText);
        Assert.Contains("tháng 11/2026", pdfText);
        Assert.Equal(pdf, await (await (await app.SignedIn("giamdoc")).GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync());
        Assert.Equal(pdf, await (await (await app.WithTokenAsync("giamsat")).GetAsync($"/api/v1/officer/evaluations/{id}/document")).Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Cam_Pha_the_years_evaluation_is_due_before_5_December_the_watch_reminds_and_the_agency_records_its_rating_R31_R62(string provider)
    {
        // Friday 27/11/2026: six working days before the deadline, the end of Friday 04/12 (05/12/2026 is a Saturday).
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: new DateTimeOffset(2026, 11, 27, 10, 0, 0, Vietnam));
        await ExceptionDesk.UseProfileAsync(app, "cam-pha-city-2022");
        var secondmentId = await SecondAsync(app, "cam-pha-city-2022", app.Clock.GetUtcNow());
        var list = (await FormPage.OpenAsync(await app.SignedIn("giamsat"), "/can-bo/danh-gia")).Text;
        Assert.Contains("Kỳ đánh giá năm 2026", list);
        Assert.Contains("04/12/2026", list);
        Assert.Contains("30/12/2026", list);

        var watch = app.Services.GetRequiredService<DeadlineWatch>();
        async Task<List<string>> KeysAsync()
        {
            await watch.RunOnceAsync();
            await using var db = app.NewDbContext();
            return await db.OfficerNotifications.Where(n => n.Key.StartsWith("danh-gia/")).OrderBy(n => n.Key).Select(n => n.Key).ToListAsync();
        }
        Assert.Empty(await KeysAsync());
        // Monday 30/11: five working days to the deadline, the officer's evaluation not sent: the Center is reminded, once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Vietnam));
        Assert.Equal([$"danh-gia/{DemoCatalog.Center.Id}/2026/sap-han"], await KeysAsync());
        Assert.Equal([$"danh-gia/{DemoCatalog.Center.Id}/2026/sap-han"], await KeysAsync());
        await using (var db = app.NewDbContext())
            Assert.Contains("hạn 04/12/2026 (R31)", (await db.OfficerNotifications.SingleAsync(n => n.Key.StartsWith("danh-gia/"))).Text);

        // Through the API: started with its figures, appraised without a self-assessment (not a basis here), sent.
        var api = await app.WithTokenAsync("giamsat");
        const string root = "/api/v1/officer/evaluations";
        var badPeriod = await (await PostAsync(api, root, new { secondmentId, period = "2026-11" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badPeriod["errors"]!["period"]);
        var created = await PostAsync(api, root, new { secondmentId });
        var evaluation = await created.JsonAsync(HttpStatusCode.Created);
        var id = (int)evaluation["id"]!;
        Assert.Equal(("2026", "Open"), ((string)evaluation["period"]!, (string)evaluation["state"]!));
        Assert.Equal(["RuleCompliance", "AssignedTasks", "ComplaintsAndRatings"], evaluation["bases"]!.AsArray().Select(b => (string)b!));
        Assert.Equal(DateTimeOffset.Parse("2026-12-04T17:00:00+07:00"), DateTimeOffset.Parse((string)evaluation["centerDue"]!));
        var again = await (await PostAsync(api, root, new { secondmentId })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R31", "AlreadyStarted"), ((string)again["rule"]!, (string)again["ruleName"]!));
        var etag = created.Headers.ETag!.Tag;
        await (await PostAsync(api, $"{root}/{id}/appraisal", new { grade = "Best", comments = "Tốt." })).JsonAsync(HttpStatusCode.BadRequest);
        var appraised = await PostAsync(api, $"{root}/{id}/appraisal", new { grade = "Excellent", comments = "Hoàn thành xuất sắc nhiệm vụ được giao." }, etag);
        Assert.Equal(HttpStatusCode.OK, appraised.StatusCode);
        await (await PostAsync(api, $"{root}/{id}/sending", new { }, etag)).JsonAsync(HttpStatusCode.Conflict);
        var sent = await (await PostAsync(api, $"{root}/{id}/sending", new { }, appraised.Headers.ETag!.Tag)).JsonAsync();
        Assert.Equal(("Sent", "Excellent"), ((string)sent["state"]!, (string)sent["grade"]!));
        Assert.Empty(sent["allowedActions"]!.AsArray());
        // The officer self-assesses only their own evaluation, and not once it is sent.
        var officerApi = await app.WithTokenAsync("tiepnhan1");
        var late = await (await PostAsync(officerApi, $"{root}/{id}/self-assessment",
            new { rulesEthicsCommunication = "a", results = "b", feedback = "c", proposedGrade = "Good" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NotInState", (string)late["ruleName"]!);
        await (await (await app.WithTokenAsync("tiepnhan2")).GetAsync($"{root}/{id}")).JsonAsync(HttpStatusCode.NotFound);

        // Thursday 24/12: the agency's rating of the year is due back by Wednesday 30/12; its leader is reminded, the Center no longer.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 24, 10, 0, 0, Vietnam));
        Assert.Equal([$"danh-gia/{DemoCatalog.Justice.Id}/2026/xep-loai/sap-han", $"danh-gia/{DemoCatalog.Center.Id}/2026/sap-han"], await KeysAsync());

        // The agency's leader sees the sent evaluation and records the year's rating, once; another agency's leader sees nothing.
        var leader = await app.SignedIn("lanhdao1");
        var agencyList = await FormPage.OpenAsync(leader, "/can-bo/danh-gia");
        Assert.Contains("Nguyễn Thị Lan", agencyList.Text);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", agencyList.Text);
        var noDate = await agencyList.PostAsync("/can-bo/danh-gia?handler=Rate", ("id", id.ToString()), ("grade", "Excellent"), ("decision", "Quyết định số 45/QĐ-TP"), ("decidedOn", ""));
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await agencyList.PostAsync("/can-bo/danh-gia?handler=Rate", ("id", id.ToString()), ("grade", "Excellent"),
            ("decision", "Quyết định số 45/QĐ-TP ngày 22/12/2026"), ("decidedOn", "22/12/2026"))).StatusCode);
        var leaderApi = await app.WithTokenAsync("lanhdao1");
        var rated = await (await leaderApi.GetAsync($"{root}/{id}")).JsonAsync();
        Assert.Equal((2026, "Excellent", "2026-12-22"), ((int)rated["agencyRating"]!["year"]!, (string)rated["agencyRating"]!["grade"]!, (string)rated["agencyRating"]!["decidedOn"]!));
        var twice = await (await PostAsync(leaderApi, $"{root}/{id}/agency-rating", new { grade = "Good", decision = "QĐ 46", decidedOn = "2026-12-23" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R62", "AlreadyRated"), ((string)twice["rule"]!, (string)twice["ruleName"]!));
        Assert.Empty((await (await app.WithTokenAsync("lanhdao2")).GetFromJsonAsync<JsonArray>(root))!);
        await using (var db = app.NewDbContext())
            Assert.Equal("Trương Văn Hùng", (await db.OfficerAppraisals.SingleAsync()).AgencyRating!.RecordedBy);
    }
}
