using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>What acting on a staffing record came to: done, refused by a rule, changed meanwhile, or not found in scope.</summary>
public abstract record StaffingActed
{
    public sealed record Done(object Record) : StaffingActed;

    public sealed record Refused(BrokenRule Rule) : StaffingActed;

    public sealed record Conflict : StaffingActed;

    public sealed record NotFound : StaffingActed;

    /// <summary>What an officer reads when the action was not applied (the rule's id with it); null when it was.</summary>
    public string? Message => this switch
    {
        Refused r => $"{r.Rule.Message} ({r.Rule.RuleId})",
        Conflict => "Bản ghi vừa được người khác cập nhật. Hãy xem lại rồi thực hiện lại.",
        NotFound => "Không có bản ghi này trong phạm vi đơn vị của cán bộ.",
        _ => null,
    };

    public int Status => this switch
    {
        Refused => StatusCodes.Status422UnprocessableEntity,
        Conflict => StatusCodes.Status409Conflict,
        NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status200OK,
    };

    public IResult ToProblem() => this switch
    {
        Refused r => TypedResults.Problem(statusCode: Status, title: "Thao tác không được thực hiện",
            detail: r.Rule.Message, extensions: new Dictionary<string, object?> { ["rule"] = r.Rule.RuleId, ["ruleName"] = r.Rule.Name }),
        Conflict => TypedResults.Problem(statusCode: Status, title: "Bản ghi vừa được cập nhật", detail: Message),
        NotFound => TypedResults.Problem(statusCode: Status, title: "Không tìm thấy", detail: Message),
        _ => throw new InvalidOperationException("A done action has no problem to show."),
    };
}

/// <summary>
/// The one way pages and endpoints act on the officers seconded to the Center (R30-R32, R61, R62, R69, R70), as
/// <c>FeedbackDesk</c> is for feedback: load in scope — the Center's director, staff and administrator see the Center's
/// records, an agency's leader those of the agency's officers, anyone else none — check the row version the officer saw,
/// ask the aggregate, save. Every record keeps who acted and when.
/// </summary>
public sealed class StaffingDesk(MotCuaDbContext db, LocalitySource localities, TimeProvider time)
{
    /// <summary>The Center's director, staff and administrator.</summary>
    public static bool IsCenter(Actor by) => by.Role is Role.CenterDirector or Role.CenterStaff or Role.Admin;

    /// <summary>Who works with the seconded officers' records: the Center, and each agency's leader for its own officers.</summary>
    public static bool Sees(Actor by) => IsCenter(by) || by.Role == Role.AgencyLeader;

    public IQueryable<Counter> Counters(Actor by) => by.Role switch
    {
        _ when IsCenter(by) => db.Counters.Where(c => c.CenterId == by.UnitId),
        // Counters are no secret: an agency's leader sees them all, to seat the officers it names.
        Role.AgencyLeader => db.Counters,
        _ => db.Counters.Where(c => false),
    };

    public IQueryable<Secondment> Secondments(Actor by) => by.Role switch
    {
        _ when IsCenter(by) => db.Secondments.Where(s => s.CenterId == by.UnitId),
        Role.AgencyLeader => db.Secondments.Where(s => s.AgencyId == by.UnitId),
        _ => db.Secondments.Where(s => false),
    };

    public IQueryable<Absence> Absences(Actor by) => by.Role switch
    {
        _ when IsCenter(by) => db.Absences.Where(a => a.CenterId == by.UnitId),
        Role.AgencyLeader => db.Absences.Where(a => a.AgencyId == by.UnitId),
        _ => db.Absences.Where(a => false),
    };

    /// <summary>The Center whose officers the actor works with: the actor's own unit for the Center, the Center that holds the agency's officers for an agency's leader.</summary>
    public async Task<string?> CenterIdAsync(Actor by, CancellationToken cancellationToken = default)
    {
        if (IsCenter(by))
            return by.UnitId;
        if (by.Role != Role.AgencyLeader)
            return null;
        return await db.Secondments.Where(s => s.AgencyId == by.UnitId).Select(s => s.CenterId).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Units.Where(u => u.Kind == UnitKind.Center).OrderBy(u => u.Id).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<Locality> LocalityAsync(CancellationToken cancellationToken = default) => localities.GetAsync(db, cancellationToken);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Adds a record the aggregate made (or says which rule refused it) and saves.</summary>
    public async Task<StaffingActed> AddAsync<T>(Outcome<T> made, CancellationToken cancellationToken = default) where T : class
    {
        if (made.Value is not { } record)
            return new StaffingActed.Refused(made.Broken!);
        db.Add(record);
        return await SaveAsync(record, cancellationToken);
    }

    /// <summary>Acts on a record loaded in scope; <paramref name="seen"/> is the row version the form or the If-Match was made from.</summary>
    public async Task<StaffingActed> ActAsync<T>(T record, int? seen, Func<T, DateTimeOffset, Outcome> act, CancellationToken cancellationToken = default) where T : class
    {
        if (seen is { } version && version != RowVersion(record))
            return new StaffingActed.Conflict();
        if (act(record, time.GetUtcNow()).Broken is { } broken)
        {
            db.ChangeTracker.Clear();
            return new StaffingActed.Refused(broken);
        }
        return await SaveAsync(record, cancellationToken);
    }

    /// <summary>The row version of a record that has one (0 for those that have none).</summary>
    public int RowVersion(object record) =>
        db.Entry(record).Metadata.FindProperty(MotCuaDbContext.RowVersion) is null ? 0 : (int)db.Entry(record).Property(MotCuaDbContext.RowVersion).CurrentValue!;

    async Task<StaffingActed> SaveAsync(object record, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new StaffingActed.Done(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new StaffingActed.Conflict();
        }
    }
}
