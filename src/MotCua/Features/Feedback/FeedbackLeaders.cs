using Microsoft.EntityFrameworkCore;
using MotCua.Data;

namespace MotCua.Features.Feedback;

/// <summary>The leader each agency names to handle feedback with the Center (R64; Bắc Ninh Art. 14.3).</summary>
public static class FeedbackLeaders
{
    /// <summary>The agency's feedback leader, or null when it has named none.</summary>
    public static Task<Officer?> OfAsync(MotCuaDbContext db, string unitId, CancellationToken cancellationToken = default) =>
        (from u in db.Units
         where u.Id == unitId
         join o in db.Users on u.FeedbackLeaderId equals o.Id
         select o).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every agency's feedback leader, by the agency's id.</summary>
    public static Task<Dictionary<string, Officer>> ByAgencyAsync(MotCuaDbContext db, CancellationToken cancellationToken = default) =>
        (from u in db.Units
         join o in db.Users on u.FeedbackLeaderId equals o.Id
         select new { u.Id, Officer = o }).AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Officer, cancellationToken);

    public const string NoneNamed = "Cơ quan chưa cử lãnh đạo phụ trách phản ánh, kiến nghị (R64)";
}
