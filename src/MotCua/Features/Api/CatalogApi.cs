using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Api;

public sealed record TimeLimitDto(decimal Value, string Unit, string Text)
{
    public static TimeLimitDto From(TimeLimit limit) => new(limit.Value, limit.Unit.ToString(), limit.ToString());
}

public sealed record CaseDto(string Name, TimeLimitDto TimeLimit);

public sealed record AgencyDto(string Id, string Name);

public sealed record ProcedureSummary(string Code, string Name, string Field, string Level, AgencyDto Agency, IReadOnlyList<CaseDto> Cases, bool AcceptsOnline);

public sealed record ComponentDto(string Name, int Originals, int Copies, bool Required, string? Template, string? Note);

/// <summary>A line of the fee schedule (R28): fee (Fee, phí) or charge (Charge, lệ phí), in đồng; when it is paid (BeforeProcessing, OnReturn); its case, channels, unit, alternatives and reductions.</summary>
public sealed record FeeDto(string Name, string Kind, long AmountVnd, string Display, string Timing, string? Case, IReadOnlyList<string>? Channels,
    string? PerUnit, bool OnRequest, string? Choice, IReadOnlyList<FeeReduction> Reductions, string? Exemptions);

public sealed record WorkflowStepDto(string Name, string Role, TimeLimitDto Budget);

/// <summary>Every R1 field of the version in force today.</summary>
public sealed record ProcedureDetail(
    string Code,
    string Name,
    string Field,
    string Level,
    DateOnly EffectiveFrom,
    AgencyDto CompetentAgency,
    IReadOnlyList<AgencyDto> CoordinatingAgencies,
    string? Sequence,
    string? Conditions,
    IReadOnlyList<ComponentDto> Components,
    IReadOnlyList<CaseDto> Cases,
    IReadOnlyList<FeeDto> Fees,
    IReadOnlyList<string> ChannelsIn,
    IReadOnlyList<string> ChannelsOut,
    bool PaperChannelDisabled,
    bool FiveOnTheSpot,
    string? DailyCutOff,
    string Result,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<WorkflowStepDto> Workflow);

/// <summary>The published catalog (R1): what is in force today (R2).</summary>
public static class CatalogApi
{
    public static void MapCatalog(this RouteGroupBuilder api)
    {
        api.MapGet("/procedures", ListAsync).WithName("ListProcedures")
            .WithSummary("Danh mục thủ tục đang có hiệu lực; q tìm theo tên, lĩnh vực hoặc mã, có dấu hay không dấu.");
        api.MapGet("/procedures/{code}", GetAsync).WithName("GetProcedure")
            .WithSummary("Toàn bộ nội dung công khai của thủ tục theo phiên bản đang có hiệu lực.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<Ok<List<ProcedureSummary>>> ListAsync(string? q, MotCuaDbContext db, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var today = (await localities.GetAsync(db, cancellationToken)).Calendar.LocalDate(time.GetUtcNow());
        var units = await Units(db, cancellationToken);
        var found = await CatalogSearch.FindAsync(db, q, cancellationToken);
        return TypedResults.Ok(found
            .Select(p => (Procedure: p, Version: p.VersionInForceOn(today)))
            .Where(x => x.Version is not null)
            .Select(x => new ProcedureSummary(x.Procedure.Code, x.Procedure.Name, x.Procedure.Field, x.Procedure.Level.ToString(),
                Agency(x.Procedure.CompetentAgencyId, units), Cases(x.Version!), x.Version!.AcceptsChannel(Channel.Online)))
            .ToList());
    }

    static async Task<Results<Ok<ProcedureDetail>, ProblemHttpResult>> GetAsync(string code, MotCuaDbContext db, LocalitySource localities,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var today = (await localities.GetAsync(db, cancellationToken)).Calendar.LocalDate(time.GetUtcNow());
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (procedure?.VersionInForceOn(today) is not { } version)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy thủ tục",
                detail: $"Không có thủ tục mã \"{code}\" đang có hiệu lực.");
        var units = await Units(db, cancellationToken);
        Channel[] channels = [Channel.InPerson, Channel.Post, Channel.Online];
        return TypedResults.Ok(new ProcedureDetail(
            procedure.Code,
            procedure.Name,
            procedure.Field,
            procedure.Level.ToString(),
            version.EffectiveFrom,
            Agency(procedure.CompetentAgencyId, units),
            procedure.CoordinatingAgencyIds.Select(id => Agency(id, units)).ToList(),
            version.Sequence,
            version.Conditions,
            version.Components.Select(c => new ComponentDto(c.Name, c.Originals, c.Copies, c.Required, c.Template, c.Note)).ToList(),
            Cases(version),
            version.Fees.Select(f => new FeeDto(f.Name, f.Kind.ToString(), f.AmountVnd, f.Display, f.Timing.ToString(), f.Case,
                f.Channels?.Order().Select(c => c.ToString()).ToList(), f.PerUnit, f.OnRequest, f.Choice, f.Reductions, f.Exemptions)).ToList(),
            // Only the channels that take dossiers now: a paper channel switched off is left out.
            channels.Where(version.AcceptsChannel).Select(c => c.ToString()).ToList(),
            channels.Where(version.ChannelsOut.Contains).Select(c => c.ToString()).ToList(),
            version.PaperChannelDisabled,
            version.FiveOnTheSpot,
            version.DailyCutOff?.ToString("HH:mm"),
            version.Result,
            version.LegalBasis,
            version.Workflow.Select(s => new WorkflowStepDto(s.Name, s.Role.ToString(), TimeLimitDto.From(s.Budget))).ToList()));
    }

    static Task<Dictionary<string, string>> Units(MotCuaDbContext db, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

    static AgencyDto Agency(string id, Dictionary<string, string> units) => new(id, units.GetValueOrDefault(id, id));

    static List<CaseDto> Cases(ProcedureVersion version) =>
        version.Cases.Select(c => new CaseDto(c.Name, TimeLimitDto.From(c.Limit))).ToList();
}
