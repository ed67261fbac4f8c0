using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;

namespace MotCua.Features.Staffing;

/// <summary>
/// An officer named for the Center as typed (R30): the agency and the officer's account must exist, the choices be among those
/// offered, the days be days. What the profile asks of the officer (rank, term, delegation) the aggregate checks.
/// </summary>
public sealed record SecondmentInput(string? AgencyId, string? OfficerId, string? Role, string? Position, bool DelegatedApproval, int? CounterId, string? From, string? Until)
{
    public async Task<(Parsed? Value, IReadOnlyList<FieldError> Errors)> ParseAsync(MotCuaDbContext db, string centerId, DateOnly today, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var agency = string.IsNullOrWhiteSpace(AgencyId) || AgencyId.Length > 40 ? null
            : await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == AgencyId.Trim(), cancellationToken);
        if (agency is null)
            errors.Add(new(nameof(AgencyId), "Chọn cơ quan cử cán bộ."));
        var officer = string.IsNullOrWhiteSpace(OfficerId) || OfficerId.Length > 450 ? null
            : await db.Users.AsNoTracking().SingleOrDefaultAsync(o => o.Id == OfficerId.Trim(), cancellationToken);
        if (officer is null)
            errors.Add(new(nameof(OfficerId), "Chọn cán bộ được cử trong danh sách tài khoản."));
        else if (agency is not null && officer.UnitId != agency.Id && officer.UnitId != centerId)
            errors.Add(new(nameof(OfficerId), $"{officer.FullName} không phải cán bộ của {agency.Name} hay của Trung tâm."));
        if (!Enum.TryParse<SecondmentRole>(Role, out var role) || !Enum.IsDefined(role) || Role!.Any(char.IsDigit))
            errors.Add(new(nameof(Role), "Chọn nhân sự chính thức hoặc dự phòng."));
        if (!Enum.TryParse<OfficerPosition>(Position, out var position) || !Enum.IsDefined(position) || Position!.Any(char.IsDigit))
            errors.Add(new(nameof(Position), "Chọn chức vụ của cán bộ."));
        if (CounterId is { } id && !await db.Counters.AnyAsync(c => c.Id == id && c.CenterId == centerId, cancellationToken))
            errors.Add(new(nameof(CounterId), "Không có quầy này tại Trung tâm."));
        if (LocalDays.Problem(From, "Ngày bắt đầu", today, out var from) is { } fromProblem)
            errors.Add(new(nameof(From), fromProblem));
        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(Until))
        {
            if (LocalDays.Problem(Until, "Ngày kết thúc", today, out var last) is { } untilProblem)
                errors.Add(new(nameof(Until), untilProblem));
            else
                until = last;
        }
        return errors.Count > 0
            ? (null, errors)
            : (new Parsed(agency!, officer!, role, position, DelegatedApproval, CounterId, from, until), errors);
    }

    public sealed record Parsed(Unit Agency, Officer Officer, SecondmentRole Role, OfficerPosition Position, bool DelegatedApproval, int? CounterId, DateOnly From, DateOnly? Until);
}
