using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>The administrator's view of the outbox: counts, dead letters to send again, and the escalation rules in force.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class OutboxModel(MotCuaDbContext db, TimeProvider time, IOptions<DeadlineWatchOptions> watch, Channels channels) : PageModel
{
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public IReadOnlyList<OutboxMessage> DeadLetters { get; private set; } = [];
    public DeadlineWatchOptions Watch => watch.Value;
    public IReadOnlyList<MessageChannel> Configured => channels.Configured;
    public string? Done { get; private set; }

    public async Task OnGetAsync()
    {
        Counts = (await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Count);
        DeadLetters = await db.Outbox.Where(m => m.Status == OutboxStatus.Dead).OrderByDescending(m => m.Id).Take(200).ToListAsync();
    }

    /// <summary>Puts a dead letter back in the queue with a fresh count of attempts.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Dead);
        if (message is not null)
        {
            message.Status = OutboxStatus.Pending;
            message.Attempts = 0;
            message.NotBefore = time.GetUtcNow().ToUniversalTime();
            await db.SaveChangesAsync();
            Done = $"Đã đưa thư gửi {message.To} trở lại hàng đợi.";
        }
        await OnGetAsync();
        return Page();
    }
}
