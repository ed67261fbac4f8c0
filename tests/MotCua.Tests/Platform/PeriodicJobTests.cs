using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Data;
using MotCua.Platform;

namespace MotCua.Tests.Platform;

/// <summary>The jobs' shared loop: a failed pass is logged with the job's name and the job goes on at the next interval of the app's clock.</summary>
public sealed class PeriodicJobTests
{
    [Fact]
    public async Task A_failed_pass_is_logged_and_the_next_interval_runs_the_next_pass()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var job = new FailsFirstJob(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, loggers.CreateLogger("job"));
        await job.StartAsync(CancellationToken.None);
        try
        {
            await UntilAsync(() => logs.Entries.Any(e => e.Level == LogLevel.Error));
            var failure = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
            Assert.Equal("thu-nghiem", failure.Values["Job"]);
            Assert.IsType<InvalidOperationException>(failure.Exception);
            Assert.Equal(1, job.Passes);

            // Nothing runs before the interval has passed on the app's clock; then the next pass does.
            app.Clock.Advance(TimeSpan.FromMinutes(4));
            await Task.Delay(200);
            Assert.Equal(1, job.Passes);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await UntilAsync(() => job.Passes == 2);
            Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }

    static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition());
    }

    sealed class FailsFirstJob(IServiceScopeFactory scopes, TimeProvider time, ILogger log) : PeriodicJob(scopes, time, log)
    {
        int _passes;

        public int Passes => _passes;
        protected override string Name => "thu-nghiem";
        protected override bool Enabled => true;
        protected override TimeSpan Interval => TimeSpan.FromMinutes(5);
        protected override TimeSpan? Lease => TimeSpan.FromMinutes(1);

        protected override Task<int> RunAsync(IServiceProvider services, MotCuaDbContext db, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _passes) == 1 ? throw new InvalidOperationException("lượt đầu hỏng") : Task.FromResult(1);
    }
}
