using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Features.Incidents;

public sealed record IncidentBody(string? Kind, string? Description, string? ResponsibleParty, string? ActionTaken) : IActionBody
{
    public IDictionary<string, string[]> Problems() =>
        ParsedKind is null
            ? new Dictionary<string, string[]> { ["kind"] = ["Loại sự cố phải là Lost (thất lạc), Damaged (hư hỏng) hoặc WrongResult (sai sót kết quả)."] }
            : new Dictionary<string, string[]>();

    public IncidentKind? ParsedKind => Enum.TryParse<IncidentKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null;
}

/// <summary>Incidents in the officers' API (R20).</summary>
public static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder dossier) =>
        dossier.MapAction<IncidentBody>("/incidents", "RecordIncident", "Ghi nhận sự cố: kind, description, responsibleParty, actionTaken (R20).",
            (a, b) => a.Dossier.RecordIncident(b.ParsedKind!.Value, b.Description?.Trim() ?? "", b.ResponsibleParty?.Trim() ?? "", b.ActionTaken?.Trim() ?? "", a.By, a.At));
}
