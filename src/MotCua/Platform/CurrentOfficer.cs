using System.Security.Claims;
using MotCua.Domain;

namespace MotCua.Platform;

/// <summary>The signed-in officer as the domain sees them: who, which role, which unit.</summary>
public sealed class CurrentOfficer(IHttpContextAccessor accessor)
{
    public const string UnitClaim = "motcua:unit";
    public const string NameClaim = "motcua:name";

    ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public string Id => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
    public string Name => User.FindFirstValue(NameClaim) ?? User.Identity?.Name ?? "";
    public string UnitId => User.FindFirstValue(UnitClaim) ?? "";

    /// <summary>An officer holds one role; the first one found is theirs.</summary>
    public Role Role => Enum.GetValues<Role>().FirstOrDefault(r => User.IsInRole(r.ToString()), Role.Applicant);

    public bool IsCenterRole => Role is Role.Reception or Role.CenterStaff or Role.CenterDirector;

    public Actor Actor => new(Id, Name, Role, UnitId);
}
