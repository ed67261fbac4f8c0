using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>The absences of a window: those still running or to come (soonest first), then those past (latest first).</summary>
public sealed record AbsenceList(IReadOnlyList<Absence> Current, IReadOnlyList<Absence> Past)
{
    public IEnumerable<Absence> All => Current.Concat(Past);
}

/// <summary>
/// Absences of the seconded officers (R30, R61) through <see cref="StaffingDesk"/>: loaded in the actor's scope, asked of the
/// aggregate, saved with the notices whoever must act next reads — the Center of every notice, request and flag, the agency's
/// leaders of the Center's decision, of what the Center recorded on their behalf and of a breach (R61).
/// </summary>
public sealed class AbsenceDesk(MotCuaDbContext db, StaffingDesk desk)
{
    /// <summary>How far back the lists look by default, and how many rows each half shows at most.</summary>
    public const int WindowDays = 90;
    public const int MaxRows = 200;

    /// <summary>The officers an absence can be noticed for, or a substitute named from: the approved secondments in scope.</summary>
    public Task<List<Secondment>> ServingAsync(Actor by, CancellationToken cancellationToken) =>
        desk.Secondments(by).AsNoTracking().Where(s => s.State == SecondmentState.Approved)
            .OrderBy(s => s.AgencyId).ThenBy(s => s.Role).ThenBy(s => s.OfficerName).ToListAsync(cancellationToken);

    public Task<Absence?> FindAsync(int id, Actor by, CancellationToken cancellationToken) =>
        desk.Absences(by).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>
    /// The absences in scope ending after <paramref name="from"/> and starting before <paramref name="until"/> (null: no end), read
    /// along the (CenterId, To) or (AgencyId, To) index; at most <see cref="MaxRows"/> each side of <paramref name="now"/>.
    /// </summary>
    public async Task<AbsenceList> ListAsync(Actor by, DateTimeOffset from, DateTimeOffset? until, bool flaggedOnly, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = desk.Absences(by).AsNoTracking().Where(a => a.To > from);
        if (until is { } end)
            query = query.Where(a => a.From < end);
        if (flaggedOnly)
            query = query.Where(a => a.WithoutSubstitute || a.WithoutNotice || a.WithoutApproval);
        var current = await query.Where(a => a.To > now).OrderBy(a => a.From).ThenBy(a => a.Id).Take(MaxRows).ToListAsync(cancellationToken);
        var past = await query.Where(a => a.To <= now).OrderByDescending(a => a.To).ThenByDescending(a => a.Id).Take(MaxRows).ToListAsync(cancellationToken);
        return new AbsenceList(current, past);
    }

    /// <summary>Unit names by id, for the lists and the notices.</summary>
    public Task<Dictionary<string, string>> UnitNamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    /// <summary>
    /// The agency notices an absence or asks to recall its officer (<paramref name="found"/> false), or the Center records one it
    /// found (true). An officer or substitute not in scope is a field error; the aggregate's refusal a rule.
    /// </summary>
    public async Task<(StaffingActed? Acted, IReadOnlyList<FieldError> Errors)> RecordAsync(AbsenceInput input, bool found, Actor by, CancellationToken cancellationToken)
    {
        var serving = desk.Secondments(by).Where(s => s.State == SecondmentState.Approved);
        var officer = await serving.AsNoTracking().SingleOrDefaultAsync(s => s.Id == input.SecondmentId, cancellationToken);
        var substitute = input.SubstituteId is { } sid ? await serving.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sid, cancellationToken) : null;
        var errors = new List<FieldError>();
        if (officer is null)
            errors.Add(new(nameof(AbsenceInput.SecondmentId), "Không có cán bộ này trong danh sách cán bộ đang làm việc tại Trung tâm của đơn vị."));
        if (input.SubstituteId is not null && substitute is null)
            errors.Add(new(nameof(AbsenceInput.SubstituteId), "Không có người thay thế này trong danh sách cán bộ đang làm việc tại Trung tâm của đơn vị."));
        if (errors.Count > 0)
            return (null, errors);

        var locality = await desk.LocalityAsync(cancellationToken);
        var substituteAbsences = await SubstituteAbsencesAsync(substitute, input.From, input.To, cancellationToken);
        var rules = locality.Profile.OfficerRules;
        var now = desk.Now;
        var made = found
            ? Absence.Find(officer!, input.Kind, input.From, input.To, input.Reason, substitute, substituteAbsences, rules, by, now)
            : Absence.Notify(officer!, input.Kind, input.From, input.To, input.Reason, substitute, substituteAbsences, rules, locality.Calendar, by, now);
        if (made.Value is not { } absence)
            return (new StaffingActed.Refused(made.Broken!), errors);

        // The notices are keyed by the absence's id: saved first, they follow in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var acted = await desk.AddAsync(made, cancellationToken);
        if (acted is not StaffingActed.Done)
            return (acted, errors);
        var agency = await AgencyNameAsync(absence, cancellationToken);
        if (found)
            AnnounceFound(absence, agency, now);
        else
            AnnounceNotice(absence, agency, by, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (acted, errors);
    }

    /// <summary>The Center approves or refuses the agency's request to send its officer on another task; the agency's leaders learn of it.</summary>
    public async Task<StaffingActed> DecideAsync(Absence absence, int? seen, bool approve, string? note, Actor by, CancellationToken cancellationToken)
    {
        var agency = await AgencyNameAsync(absence, cancellationToken);
        return await desk.ActAsync(absence, seen, (a, at) =>
        {
            var done = approve ? a.Approve(note, by, at) : a.Refuse(note ?? "", by, at);
            if (done.Succeeded)
                db.OfficerNotifications.Add(ToAgency(a, "quyet-dinh", approve
                    ? $"Trung tâm đồng ý cử {a.OfficerName} ({agency}) đi làm nhiệm vụ khác trong giờ làm việc, {a.Period()}.{Note(a)}{SubstituteLine(a)}"
                    : $"Trung tâm không đồng ý cử {a.OfficerName} ({agency}) đi làm nhiệm vụ khác trong giờ làm việc, {a.Period()}: cán bộ tiếp tục làm việc tại Trung tâm.{Note(a)}", at));
            return done;
        }, cancellationToken);
    }

    /// <summary>A substitute named afterwards; the other side (the Center, or the agency when the Center named one) is told.</summary>
    public async Task<(StaffingActed? Acted, IReadOnlyList<FieldError> Errors)> NameSubstituteAsync(Absence absence, int? seen, int substituteId, Actor by, CancellationToken cancellationToken)
    {
        var substitute = await desk.Secondments(by).AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == substituteId && s.State == SecondmentState.Approved, cancellationToken);
        if (substitute is null)
            return (null, [new(nameof(AbsenceInput.SubstituteId), "Không có người thay thế này trong danh sách cán bộ đang làm việc tại Trung tâm của đơn vị.")]);
        var substituteAbsences = await SubstituteAbsencesAsync(substitute, absence.From, absence.To, cancellationToken);
        var agency = await AgencyNameAsync(absence, cancellationToken);
        var version = desk.RowVersion(absence);
        var acted = await desk.ActAsync(absence, seen, (a, at) =>
        {
            var done = a.NameSubstitute(substitute, substituteAbsences, by);
            if (done.Succeeded)
            {
                var text = $"{a.SubstituteName} thay {a.OfficerName} ({agency}) trong thời gian vắng mặt {a.Period()}.";
                db.OfficerNotifications.AddRange(StaffingDesk.IsCenter(by)
                    ? [ToAgency(a, $"nguoi-thay-{version}", $"Trung tâm đã cử {text}", at)]
                    : ToCenter(a, $"nguoi-thay-{version}", $"{agency} đã cử {text}", at));
            }
            return done;
        }, cancellationToken);
        return (acted, []);
    }

    Task<List<Absence>> SubstituteAbsencesAsync(Secondment? substitute, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        substitute is null
            ? Task.FromResult(new List<Absence>())
            : db.Absences.AsNoTracking().Where(a => a.SecondmentId == substitute.Id && a.To > from && a.From < to).ToListAsync(cancellationToken);

    async Task<string> AgencyNameAsync(Absence absence, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Id == absence.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? absence.AgencyId;

    void AnnounceNotice(Absence a, string agency, Actor by, DateTimeOffset now)
    {
        var text = a.State == AbsenceState.Requested
            ? $"{agency} đề nghị cử {a.OfficerName} đi làm nhiệm vụ khác trong giờ làm việc, {a.Period()}: chờ Trung tâm đồng ý hoặc từ chối (R30)."
            : $"{agency} báo {a.OfficerName} vắng mặt ({a.Kind.Vietnamese().ToLowerInvariant()}), {a.Period()}.{SubstituteLine(a)}";
        db.OfficerNotifications.AddRange(ToCenter(a, "bao", text + Warning(a), now));
        if (StaffingDesk.IsCenter(by))
            db.OfficerNotifications.Add(ToAgency(a, "bao", $"Trung tâm đã ghi nhận thay cơ quan: {text}{Warning(a)}", now));
    }

    void AnnounceFound(Absence a, string agency, DateTimeOffset now)
    {
        var text = $"Trung tâm ghi nhận {a.OfficerName} ({agency}) vắng mặt ({a.Kind.Vietnamese().ToLowerInvariant()}), {a.Period()}.{Warning(a)}";
        db.OfficerNotifications.AddRange(ToCenter(a, "phat-hien", text, now));
        db.OfficerNotifications.Add(ToAgency(a, "phat-hien", a.LabourDisciplineBreach
            ? $"{text} Cán bộ bị rút khỏi Trung tâm trong giờ làm việc khi chưa được Trung tâm đồng ý là vi phạm kỷ luật lao động: đề nghị cơ quan giải trình (R61)."
            : text, now));
    }

    static string SubstituteLine(Absence a) => a.SubstituteName is { } name ? $" Người thay: {name}." : "";

    static string Note(Absence a) => a.DecisionNote is { } note ? $" Ý kiến của Trung tâm: {note}" : "";

    static string Warning(Absence a) => a.Flags() is { Count: > 0 } flags ? $" Cảnh báo: {string.Join("; ", flags)}." : "";

    /// <summary>The Center's staff and director, who follow the counters (the receptionists at the Center are not addressed).</summary>
    static IEnumerable<OfficerNotification> ToCenter(Absence a, string step, string text, DateTimeOffset now) =>
        new[] { Role.CenterStaff, Role.CenterDirector }.Select(role => new OfficerNotification
        {
            Key = $"vang-mat/{a.Id}/{step}/{role}",
            UnitId = a.CenterId,
            Role = role.ToString(),
            Text = text,
            CreatedAt = now,
        });

    static OfficerNotification ToAgency(Absence a, string step, string text, DateTimeOffset now) => new()
    {
        Key = $"vang-mat/{a.Id}/{step}/{Role.AgencyLeader}",
        UnitId = a.AgencyId,
        Role = nameof(Role.AgencyLeader),
        Text = text,
        CreatedAt = now,
    };
}
