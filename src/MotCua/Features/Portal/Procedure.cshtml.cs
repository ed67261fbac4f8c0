using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Platform;

namespace MotCua.Features.Portal;

/// <summary>One procedure as published (R1): every field of the version in force today (R2).</summary>
public sealed class ProcedureModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time) : PageModel
{
    public Procedure? Procedure { get; private set; }
    public ProcedureVersion? Version { get; private set; }
    public string AgencyName { get; private set; } = "";
    public IReadOnlyList<string> CoordinatingAgencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        Procedure = await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        Version = Procedure?.VersionInForceOn(locality.Calendar.LocalDate(time.GetUtcNow()));
        if (Procedure is null || Version is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        AgencyName = units.GetValueOrDefault(Procedure.CompetentAgencyId, Procedure.CompetentAgencyId);
        CoordinatingAgencies = Procedure.CoordinatingAgencyIds.Select(id => units.GetValueOrDefault(id, id)).ToList();
        return Page();
    }
}
