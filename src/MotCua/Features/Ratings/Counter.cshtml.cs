using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Ratings;
using MotCua.Features.Register;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

/// <summary>A dossier the counter received today, to pick from rather than type.</summary>
public sealed record TodayDossier(DossierCode Code, string Applicant, string Procedure);

/// <summary>
/// The counter's tablet (LAW §11.4, "at the counter kiosk"): the reception officer picks one of the dossiers of the
/// Center, turns the tablet to the applicant, who taps one of three big buttons. Only dossiers of the officer's own
/// Center, so the tablet cannot rate another Center's.
/// </summary>
[Authorize(Policy = Policies.Reception)]
public sealed class CounterModel(MotCuaDbContext db, CurrentOfficer officer, RatingDesk desk, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(Name = "muc")]
    public string? Level { get; set; }

    public Dossier? Dossier { get; private set; }
    public IReadOnlyList<TodayDossier> Today { get; private set; } = [];
    public string? Problem { get; private set; }
    public string? Thanks { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Dossier = await LoadAsync(cancellationToken);
            if (Dossier is not null)
                return;
        }
        await TodayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Dossier = await LoadAsync(cancellationToken);
        if (Dossier is null)
        {
            await TodayAsync(cancellationToken);
            return Page();
        }
        var choice = RatingChoice.Read(Level, null, null);
        if (choice.Value is null)
            return Refuse(StatusCodes.Status400BadRequest, choice.Errors[0].Message);
        var saved = await desk.RateAsync(Dossier, choice.Value, RatingChannel.CounterTablet, cancellationToken);
        if (saved.Broken is { } broken)
            return Refuse(StatusCodes.Status422UnprocessableEntity, broken.Message);
        Thanks = $"Cảm ơn Ông/Bà đã đánh giá: {saved.Value!.Rating.Level.Vietnamese()}.";
        return Page();
    }

    IActionResult Refuse(int status, string message)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }

    async Task<Dossier?> LoadAsync(CancellationToken cancellationToken)
    {
        var code = StatusLookup.Code(Code);
        var dossier = code is null ? null
            : await db.Dossiers.AsNoTracking().VisibleTo(officer).Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (dossier is null)
        {
            Problem = $"Không có hồ sơ mã \"{Code?.Trim()}\" tại Trung tâm của bạn.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return dossier;
    }

    /// <summary>Today's receptions at the officer's Center, latest first.</summary>
    async Task TodayAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        var (start, end) = LocalDays.Span(calendar, today, today);
        Today = await db.Dossiers.AsNoTracking().VisibleTo(officer)
            .Where(d => d.History.Any(h => h.Action == DossierAction.Receive && h.At >= start && h.At < end))
            .OrderByDescending(d => d.Code)
            .Select(d => new TodayDossier(d.Code, d.Applicant.Name, d.Procedure.Name))
            .Take(50).ToListAsync(cancellationToken);
    }
}
