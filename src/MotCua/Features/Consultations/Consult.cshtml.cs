using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Consultations;

/// <summary>
/// The lead agency asks one or more agencies for an opinion, with a reply deadline (R19); the page
/// lists every consultation with its answer, and flags the late ones for the lead agency and the Center.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ConsultModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public List<string> Agencies { get; set; } = [];

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public DateOnly? ReplyDate { get; set; }

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? Resolution { get; set; }

    public string Name(string unitId) => UnitNames.GetValueOrDefault(unitId, unitId);

    public async Task OnGetAsync() => await LoadUnitsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadUnitsAsync();
        if (ReplyDate is not { } date)
        {
            Problem = "Chọn hạn trả lời.";
            return Page();
        }
        var replyBy = Locality.Calendar.EndOfWorkingDay(date);
        return await Act(() => Dossier.Consult(Agencies, Question?.Trim() ?? "", replyBy, Officer.Actor, Now, Locality),
            "Đã gửi xin ý kiến các cơ quan phối hợp.", Question);
    }

    public async Task<IActionResult> OnPostResolveAsync()
    {
        await LoadUnitsAsync();
        return await Act(() => Dossier.ResolveLateConsultation(Agency ?? "", Resolution?.Trim() ?? "", Officer.Actor, Now),
            "Đã ghi nhận hướng xử lý cơ quan phối hợp trả lời quá hạn.", Resolution);
    }

    async Task LoadUnitsAsync() =>
        UnitNames = await Db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name);
}
