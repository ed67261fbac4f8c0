using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Features.Demo;
using MotCua.Features.Notifications;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Feedback;

/// <summary>The forwarding limit acts (R34, Cẩm Phả Art. 4: 3 working days): flagged on the desk, warned once, escalated to the director.</summary>
public sealed class FeedbackWatchTests
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, Vietnam);

    static async Task<(string Code, List<string> Keys, string LateDesk)> NotForwardedAsync(string provider, string? profile)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        if (profile is not null)
            await ExceptionDesk.UseProfileAsync(app, profile);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var code = await FeedbackDeskTests.RecordCallAsync(app, staff, dossier);

        // Monday 30/11 10:00: the 3 working days (counted from the day after reception, to Friday 27/11 17:00) are over and the Center still holds the item.
        await using (var read = app.NewDbContext())
            Assert.Equal(profile is null ? null : new DateTimeOffset(2026, 11, 27, 17, 0, 0, Vietnam), (await read.FeedbackItems.SingleAsync()).ForwardBy);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Vietnam));
        await app.Services.GetRequiredService<DeadlineWatch>().RunOnceAsync();
        await app.Services.GetRequiredService<DeadlineWatch>().RunOnceAsync();
        await using var db = app.NewDbContext();
        var keys = await db.OfficerNotifications.Where(n => n.Key.StartsWith("pakn/")).OrderBy(n => n.Key).Select(n => n.Key).ToListAsync();
        // Signed in again: the session of one Monday has expired by the next.
        var desk = (await FormPage.OpenAsync(await app.SignedIn("giamsat"), "/phan-anh-kien-nghi?han=tre")).Text;
        return (code, keys, desk);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Cam_Pha_an_item_not_forwarded_within_3_working_days_is_flagged_warned_once_and_escalated_R34(string provider)
    {
        var (code, keys, desk) = await NotForwardedAsync(provider, "cam-pha-city-2022");
        Assert.Equal([$"pakn/{code}/chuyen/qua-han", $"pakn/{code}/chuyen/qua-han/giam-doc"], keys);
        Assert.Contains(code, desk);
        Assert.Contains("Chưa chuyển cơ quan giải quyết, đã quá thời hạn chuyển", desk);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_the_default_profile_no_forwarding_limit_flags_it_R34(string provider)
    {
        var (code, keys, desk) = await NotForwardedAsync(provider, null);
        Assert.Empty(keys);
        Assert.DoesNotContain(code, desk);
    }
}
