using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Floor;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>
/// The counter's console (R40): call the next ticket, call it again, skip it, finish it (naming the dossier received),
/// or send the citizen to another group or counter. The counter is chosen once and kept in the address.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class CounterModel(MotCuaDbContext db, FloorDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "so")] public int? CounterNumber { get; set; }
    [BindProperty] public int Ticket { get; set; }
    [BindProperty] public string? DossierCode { get; set; }
    [BindProperty] public string? ToGroup { get; set; }
    [BindProperty] public int? ToCounter { get; set; }
    [TempData] public string? Done { get; set; }

    public IReadOnlyList<(int Number, string Group)> Counters { get; private set; } = [];
    public IReadOnlyList<string> Groups { get; private set; } = [];
    public Ticket? Current { get; private set; }
    public int Waiting { get; private set; }
    public string? Problem { get; private set; }
    public string? Group { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        return Page();
    }

    /// <summary>Calls the next ticket; the one being served, if any, is finished first: one press a citizen.</summary>
    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (CounterNumber is not { } number)
            return await ShowAsync(cancellationToken, "Chọn quầy trước.");
        if (await desk.AtCounterAsync(await desk.CenterIdAsync(cancellationToken) ?? "", number, cancellationToken) is { } serving)
        {
            var finished = await desk.ActAsync(number, serving.Number, (t, at) => t.Finish(number, officer.Actor, at), announce: false, cancellationToken);
            if (!finished.Succeeded)
                return await ShowAsync(cancellationToken, finished.Broken!.Message);
        }
        var called = await desk.CallNextAsync(number, officer.Actor, cancellationToken);
        if (called.Value is not { } ticket)
            return await ShowAsync(cancellationToken, called.Broken!.Message);
        Done = $"Đã gọi số {ticket.Display}.";
        return Redirect($"/quay?so={number}");
    }

    public Task<IActionResult> OnPostRecallAsync(CancellationToken cancellationToken) =>
        ActAsync((t, at) => t.Recall(CounterNumber!.Value, officer.Actor, at), announce: true, $"Đã gọi lại số {Domain.Floor.Ticket.Format(Ticket)}.", cancellationToken);

    public Task<IActionResult> OnPostSkipAsync(CancellationToken cancellationToken) =>
        ActAsync((t, at) => t.Skip(CounterNumber!.Value, officer.Actor, at), announce: false, $"Đã bỏ qua số {Domain.Floor.Ticket.Format(Ticket)}.", cancellationToken);

    /// <summary>Finishes the ticket, linking the dossier received from the citizen when the officer names one of the Center's.</summary>
    public async Task<IActionResult> OnPostFinishAsync(CancellationToken cancellationToken)
    {
        string? received = null;
        if (!string.IsNullOrWhiteSpace(DossierCode))
        {
            if (StatusLookup.Code(DossierCode) is not { } code || !await db.Dossiers.VisibleTo(officer).AnyAsync(d => d.Code == code, cancellationToken))
                return await ShowAsync(cancellationToken, "Không có hồ sơ với mã này tại Trung tâm; xin kiểm tra lại mã trên giấy tiếp nhận.");
            received = code.ToString();
        }
        return await ActAsync((t, at) => t.Finish(CounterNumber!.Value, officer.Actor, at, received), announce: false,
            $"Đã phục vụ xong số {Domain.Floor.Ticket.Format(Ticket)}.", cancellationToken);
    }

    public Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken) =>
        ActAsync((t, at) => t.Transfer(CounterNumber!.Value, ToGroup ?? "", ToCounter, officer.Actor, at), announce: false,
            $"Đã chuyển số {Domain.Floor.Ticket.Format(Ticket)}.", cancellationToken);

    async Task<IActionResult> ActAsync(Func<Ticket, DateTimeOffset, Outcome> act, bool announce, string done, CancellationToken cancellationToken)
    {
        if (CounterNumber is null)
            return await ShowAsync(cancellationToken, "Chọn quầy trước.");
        var outcome = await desk.ActAsync(CounterNumber.Value, Ticket, act, announce, cancellationToken);
        if (!outcome.Succeeded)
            return await ShowAsync(cancellationToken, outcome.Broken!.Message);
        Done = done;
        return Redirect($"/quay?so={CounterNumber}");
    }

    async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, string? problem = null)
    {
        var centerId = await desk.CenterIdAsync(cancellationToken) ?? "";
        Counters = (await db.Counters.AsNoTracking().Where(c => c.CenterId == centerId).OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.ServiceGroup }).ToListAsync(cancellationToken)).Select(c => (c.Number, c.ServiceGroup)).ToList();
        Groups = Counters.Select(c => c.Group).Distinct().ToList();
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        if (CounterNumber is { } number && Counters.FirstOrDefault(c => c.Number == number) is { Group: { } group })
        {
            Group = group;
            Current = await desk.AtCounterAsync(centerId, number, cancellationToken);
            var today = await desk.TodayAsync(cancellationToken);
            Waiting = await db.Tickets.CountAsync(t => t.CenterId == centerId && t.Day == today && t.State == TicketState.Waiting
                && (t.ForCounter == number || t.ForCounter == null && t.Group == group), cancellationToken);
        }
        else if (CounterNumber is not null)
        {
            (CounterNumber, Problem) = (null, "Không có quầy này tại Trung tâm.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
