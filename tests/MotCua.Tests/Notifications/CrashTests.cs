using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain.Profiles;

namespace MotCua.Tests.Notifications;

/// <summary>
/// The built <c>motcua</c> executable as a child process on a PostgreSQL database, killed hard while
/// it is handing a message to the SMTP server, then started again (ADR 0008).
/// </summary>
public sealed class CrashTests
{
    const int Messages = 30;

    [Fact]
    public async Task KilledWhileTheOutboxHoldsMessages_OnRestartTheServerAcceptsEachMessageExactlyOnce()
    {
        await using var database = await TestDatabase.Create(nameof(DatabaseProvider.Postgres));
        await using var smtp = new SmtpListener { HoldAt = 7 };
        await using (var db = database.NewContext())
        {
            // Every hour is a working hour here: the test runs whenever it runs, and people-hours are tested elsewhere.
            db.Settings.Add(new Settings
            {
                ActiveProfileId = LocalityProfiles.DefaultId,
                TimeZoneId = "Asia/Ho_Chi_Minh",
                WeekendAndSessions = AppProcess.AlwaysOpen,
            });
            var now = DateTimeOffset.UtcNow.AddMinutes(-1);
            for (var i = 1; i <= Messages; i++)
                db.Outbox.Add(new OutboxMessage
                {
                    Key = $"thu-{i:D2}", Channel = MessageChannel.Email, To = $"nguoinop{i}@example.vn", Subject = $"Thư số {i}",
                    Body = $"Nội dung thư số {i}", CreatedAt = now, NotBefore = now.AddSeconds(i),
                });
            await db.SaveChangesAsync();
        }

        using (var first = Start(database, smtp))
        {
            // The 7th message is in the server's hands, its 250 withheld: the sender waits, and is killed.
            await smtp.Held.Task.WaitAsync(TimeSpan.FromMinutes(2));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        Assert.Equal(6, smtp.Accepted.Count);
        await using (var db = database.NewContext())
            Assert.Equal(6, await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent));

        using (var second = Start(database, smtp))
        {
            await UntilAllSentAsync(database).WaitAsync(TimeSpan.FromMinutes(2));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        var subjects = smtp.Accepted.Select(raw => Notify.Parse(raw).Subject).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Messages).Select(i => $"Thư số {i}").Order(), subjects);
    }

    static Process Start(TestDatabase database, SmtpListener smtp) => AppProcess.Start(database, new()
    {
        ["Notifications__Smtp__Host"] = "127.0.0.1",
        ["Notifications__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications__PollInterval"] = "00:00:00.2",
        ["Notifications__Lease"] = "00:00:03",
        ["DeadlineWatch__Enabled"] = "false",
    });

    static async Task UntilAllSentAsync(TestDatabase database)
    {
        while (true)
        {
            await using var db = database.NewContext();
            if (await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent) == Messages)
                return;
            await Task.Delay(200);
        }
    }
}

/// <summary>The built <c>motcua</c> web application started as a child process on a test database.</summary>
public static class AppProcess
{
    /// <summary>Every hour of every day a working hour, as the Settings row's weekly pattern.</summary>
    public const string AlwaysOpen = """{"weekend":[],"sessions":[{"start":"00:00","end":"23:59"}]}""";

    /// <summary>Starts the app on a free port and waits until it says where it listens.</summary>
    public static async Task<(Process Process, Uri Address)> StartServingAsync(TestDatabase database, Dictionary<string, string> settings)
    {
        const string listening = "Now listening on: ";
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Start(database, settings, line =>
        {
            if (line?.IndexOf(listening, StringComparison.Ordinal) is >= 0 and var at)
                address.TrySetResult(new Uri(line[(at + listening.Length)..].Trim()));
        });
        try
        {
            return (process, await address.Task.WaitAsync(TimeSpan.FromMinutes(1)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public static Process Start(TestDatabase database, Dictionary<string, string> settings, Action<string?>? output = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "motcua.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = database.ConnectionString,
            },
        };
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => output?.Invoke(e.Data);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
