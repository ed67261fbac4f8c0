using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Ratings;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

/// <summary>
/// The applicant's rating through the API: the last four digits of the phone (<c>phone</c>) or the receipt's QR token
/// (<c>token</c>); the level VerySatisfied, Satisfied or Dissatisfied (or 1–3); optionally the criteria by their number
/// 1–12 and a comment.
/// </summary>
public sealed class RatingBody
{
    public string? Phone { get; set; }
    public string? Token { get; set; }
    public string? Level { get; set; }
    public Dictionary<int, string?>? Criteria { get; set; }
    public string? Comment { get; set; }
}

public sealed record CriterionDto(int Number, string Name, string Level, string LevelName);

public sealed record RatingDto(string Code, string Level, string LevelName, IReadOnlyList<CriterionDto> Criteria, string? Comment, string Channel,
    DateTimeOffset RatedAt, DateTimeOffset? ChangedAt, DateTimeOffset ChangeableUntil)
{
    public static RatingDto From(Rating r, Domain.Time.WorkingCalendar calendar) => new(
        r.DossierCode.ToString(), r.Level.ToString(), r.Level.Vietnamese(),
        r.Criteria.Select(c => new CriterionDto((int)c.Criterion, c.Criterion.Vietnamese(), c.Level.ToString(), c.Level.Vietnamese())).ToList(),
        r.Comment, r.Channel.ToString(),
        calendar.ToLocal(r.RatedAt), r.ChangedAt is { } changed ? calendar.ToLocal(changed) : null, calendar.ToLocal(r.ChangeableUntil));
}

public sealed record TallyDto(int VerySatisfied, int Satisfied, int Dissatisfied, int Total, decimal? SatisfiedPercent)
{
    public static TallyDto From(SatisfactionTally t) => new(t.VerySatisfied, t.Satisfied, t.Dissatisfied, t.Total, t.SatisfiedPercent);
}

public sealed record RatingRowDto(string Id, string Name, TallyDto Tally);

public sealed record RatingSummaryDto(DateOnly From, DateOnly To, string Unit, TallyDto Total, IReadOnlyList<RatingRowDto> Agencies, IReadOnlyList<RatingRowDto> Officers);

public static class RatingsApi
{
    public static void MapRatingsApi(this RouteGroupBuilder api, RouteGroupBuilder officer)
    {
        api.MapPost("/dossiers/{code:dossiercode}/rating", RateAsync).WithName("RateDossier")
            .WithSummary("Người nộp đánh giá mức độ hài lòng về hồ sơ (R33): phone = 4 chữ số cuối số điện thoại, hoặc token của mã QR trên giấy tiếp nhận; "
                + "level = VerySatisfied, Satisfied, Dissatisfied; criteria theo số tiêu chí 1–12; comment. Mỗi hồ sơ một đánh giá, được thay đổi trong thời hạn.")
            // The body described by a transformer, as the officers' actions do (OfficerEndpoints.WithActionMetadata): with
            // Accepts, a request of another content type would meet the API's fallback (404) instead of its 400.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(RatingBody), null, cancellationToken);
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .Produces<RatingDto>(StatusCodes.Status201Created)
            .Produces<RatingDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.PublicLookup);
        officer.MapGet("/ratings/summary", SummaryAsync).WithName("RatingSummary")
            .WithSummary("Tổng hợp mức độ hài lòng theo cơ quan và theo cán bộ trong khoảng ngày from–to (dd/MM/yyyy hoặc yyyy-MM-dd; mặc định từ đầu tháng đến hôm nay): "
                + "Trung tâm xem của Trung tâm, lãnh đạo cơ quan xem của cơ quan mình.")
            .ProducesValidationProblem();
    }

    static async Task<Results<Created<RatingDto>, Ok<RatingDto>, ValidationProblem, ProblemHttpResult>> RateAsync(DossierCode code, HttpRequest request,
        MotCuaDbContext db, RatingLinks links, RatingDesk desk, LocalitySource localities, CancellationToken cancellationToken)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<RatingBody>(request, cancellationToken);
        if (invalid is not null)
            return Invalid(invalid.Errors);
        Domain.Dossiers.Dossier? dossier;
        RatingChannel channel;
        if (!string.IsNullOrEmpty(body!.Token))
        {
            dossier = await StatusLookup.SignedAsync(db, code, c => links.Verify(c, body.Token), cancellationToken);
            channel = RatingChannel.ReceiptQr;
            if (dossier is null)
                return Invalid(new Dictionary<string, string[]> { ["token"] = ["Mã đánh giá (token) không đúng với mã hồ sơ này."] });
        }
        else
        {
            if (!StatusLookup.IsLastFour(body.Phone))
                return Invalid(new Dictionary<string, string[]> { ["phone"] = [StatusLookup.DigitsRequired] });
            dossier = await StatusLookup.VerifiedAsync(db, code, body.Phone!.Trim(), cancellationToken: cancellationToken);
            channel = RatingChannel.Portal;
            if (dossier is null)
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy hồ sơ", detail: StatusLookup.NotFound + ".");
        }
        var choice = RatingChoice.Read(body.Level, RateModel.CriteriaByNumber(body.Criteria), body.Comment);
        if (choice.Value is null)
            return Invalid(choice.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        var saved = await desk.RateAsync(dossier, choice.Value, channel, cancellationToken);
        if (saved.Broken is { } broken)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không ghi nhận được đánh giá", detail: broken.Message,
                extensions: new Dictionary<string, object?> { ["rule"] = broken.RuleId, ["name"] = broken.Name });
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var dto = RatingDto.From(saved.Value!.Rating, calendar);
        return saved.Value.First
            ? TypedResults.Created($"{Api.ApiV1.Prefix}/dossiers/{code}/rating", dto)
            : TypedResults.Ok(dto);
    }

    static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Đánh giá chưa hợp lệ");

    static async Task<Results<Ok<RatingSummaryDto>, ValidationProblem, ProblemHttpResult>> SummaryAsync(string? from, string? to,
        CurrentOfficer officer, RatingDesk desk, CancellationToken cancellationToken)
    {
        if (RatingScope.Of(officer) is not { } scope)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền",
                detail: "Chỉ cán bộ, lãnh đạo Trung tâm và lãnh đạo cơ quan xem được tổng hợp mức độ hài lòng; mỗi cán bộ xem đánh giá của mình tại /danh-gia/cua-toi.");
        var (first, last, problem) = await desk.PeriodAsync(from, to, cancellationToken);
        if (problem is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] }, title: "Khoảng thời gian chưa hợp lệ");
        var s = await desk.SummaryAsync(scope, first, last, cancellationToken);
        static List<RatingRowDto> Rows(IEnumerable<RatingRow> rows) => rows.Select(r => new RatingRowDto(r.Id, r.Name, TallyDto.From(r.Tally))).ToList();
        return TypedResults.Ok(new RatingSummaryDto(s.From, s.To, s.UnitName, TallyDto.From(s.Total), Rows(s.Agencies), Rows(s.Officers)));
    }
}
