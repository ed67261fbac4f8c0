using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>
/// The officers' API, <c>/api/v1/officer</c>: every route needs a signed-in officer (the Identity
/// cookie, or a bearer token; ADR 7) and each feature maps its own actions on the dossier group
/// with <see cref="MapAction{TBody}"/>, which runs them through the <see cref="DossierPipeline"/>.
/// The dossier's row version travels as the ETag; a client that sends it back in <c>If-Match</c>
/// is refused (409) when another officer changed the dossier since it read it.
/// </summary>
public static class OfficerEndpoints
{
    static readonly string[] Schemes = [IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme];

    /// <summary>The group every officer route hangs from.</summary>
    public static RouteGroupBuilder MapOfficerGroup(this RouteGroupBuilder api) =>
        api.MapGroup("/officer")
            .RequireAuthorization(new AuthorizeAttribute { Policy = Policies.Officer, AuthenticationSchemes = string.Join(',', Schemes) })
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>The group of one dossier's actions, <c>/officer/dossiers/{code}</c>; a segment that is not a dossier code meets the API's 404.</summary>
    public static RouteGroupBuilder MapDossierGroup(this RouteGroupBuilder officer) =>
        officer.MapGroup("/dossiers/{code:dossiercode}")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// One action on a dossier: a POST with a JSON body of <typeparamref name="TBody"/> (described in
    /// the OpenAPI document), answered with the dossier as it now stands, or ProblemDetails: 400 with
    /// field errors, 404 outside the officer's scope, 409 on a concurrent change, 422 naming the rule.
    /// </summary>
    public static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder dossier, string pattern, string name, string summary,
        Func<ActionContext, TBody, Outcome> act, DossierScope scope = DossierScope.Unit) where TBody : class, IActionBody =>
        dossier.MapPost(pattern, (DossierCode code, HttpContext http) => ActAsync(code, http, act, scope))
            .WithName(name)
            .WithSummary(summary)
            .WithActionMetadata<TBody>();

    /// <summary>
    /// What every action takes and answers, for the OpenAPI document. The body is described by a
    /// transformer, not <c>Accepts</c>: that would also make the content type a routing constraint,
    /// and a request of another type would meet the API's fallback (404) instead of its answer (400, or 401 when signed out).
    /// </summary>
    public static RouteHandlerBuilder WithActionMetadata<TBody>(this RouteHandlerBuilder endpoint) where TBody : class =>
        endpoint.WithJsonBody<TBody>()
            .Produces<OfficerDossierDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>A group only the actors <paramref name="sees"/> accepts may call; anyone else gets 403 with <paramref name="detail"/>.</summary>
    public static RouteGroupBuilder OnlyFor(this RouteGroupBuilder group, Func<Actor, bool> sees, string detail) =>
        group.AddEndpointFilter(async (context, next) =>
            sees(context.HttpContext.RequestServices.GetRequiredService<CurrentOfficer>().Actor)
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền", detail: detail));

    /// <summary>A required JSON body of <typeparamref name="TBody"/> in the OpenAPI document, described without constraining routing (see above).</summary>
    public static RouteHandlerBuilder WithJsonBody<TBody>(this RouteHandlerBuilder endpoint) where TBody : class =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    /// <summary>
    /// An action a feature runs with its own service over the pipeline (the cashier, which also numbers
    /// a receipt): loaded, read and checked as every action, answered as every action.
    /// </summary>
    public static RouteHandlerBuilder MapActionRun<TBody>(this RouteGroupBuilder dossier, string pattern, string name, string summary,
        Func<HttpContext, Dossier, int?, TBody, Task<Acted>> run) where TBody : class, IActionBody =>
        dossier.MapPost(pattern, (DossierCode code, HttpContext http) => ActAsync(code, http, run, DossierScope.Unit))
            .WithName(name)
            .WithSummary(summary)
            .WithActionMetadata<TBody>();

    /// <summary>Loads the dossier in scope, reads and checks the body, and runs the action through the pipeline.</summary>
    public static Task<IResult> ActAsync<TBody>(DossierCode code, HttpContext http, Func<ActionContext, TBody, Outcome> act, DossierScope scope) where TBody : class, IActionBody =>
        ActAsync<TBody>(code, http, (h, dossier, seen, body) =>
            h.RequestServices.GetRequiredService<DossierPipeline>().RunAsync(dossier, seen, a => act(a, body), h.RequestAborted), scope);

    static async Task<IResult> ActAsync<TBody>(DossierCode code, HttpContext http, Func<HttpContext, Dossier, int?, TBody, Task<Acted>> run, DossierScope scope)
        where TBody : class, IActionBody
    {
        var pipeline = http.RequestServices.GetRequiredService<DossierPipeline>();
        var cancellationToken = http.RequestAborted;
        // Scope first: an officer outside the dossier's units learns nothing, not even what the body should be.
        if (await pipeline.LoadAsync(code, scope, cancellationToken) is not { } dossier)
            return new Acted.NotFound(code).ToProblem();
        var (body, invalid) = await ReadAsync<TBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
            return new Acted.Invalid(textProblems).ToProblem();
        if (((IActionBody)body!).Problems() is { Count: > 0 } problems)
            return new Acted.Invalid(problems).ToProblem();
        var (seen, badTag) = IfMatch(http.Request);
        if (badTag is not null)
            return badTag.ToProblem();
        var acted = await run(http, dossier, seen, body!);
        return acted is Acted.Done done ? Answer(http, done.Dossier, done.RowVersion, done.Locality, done.At) : acted.ToProblem();
    }

    /// <summary>The dossier for the officer, with its row version as the ETag.</summary>
    public static IResult Answer(HttpContext http, Domain.Dossiers.Dossier dossier, int rowVersion, Domain.Dossiers.Locality locality, DateTimeOffset now)
    {
        http.Response.Headers.ETag = ETag(rowVersion);
        var officer = http.RequestServices.GetRequiredService<CurrentOfficer>();
        return TypedResults.Ok(OfficerDossierDto.From(dossier, officer.Actor, locality, now));
    }

    public static string ETag(int rowVersion) => $"\"{rowVersion.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The row version the client read, from <c>If-Match: "n"</c>; none when the header is absent.</summary>
    static (int? Version, Acted? Problem) IfMatch(HttpRequest request) =>
        TryReadIfMatch(request, out var version)
            ? (version, null)
            : (null, new Acted.Invalid("If-Match", "Tiêu đề If-Match phải là ETag của hồ sơ đã đọc, ví dụ \"12\"."));

    /// <summary>Reads <c>If-Match: "n"</c> into the row version the client read (null without the header); false when it is not such a tag.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out int? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header))
            return true;
        if (!EntityTagHeaderValue.TryParse(header, out var tag) || tag.IsWeak
            || !int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var read))
            return false;
        version = read;
        return true;
    }

    /// <summary>The JSON body, or why it cannot be read; a body of the wrong shape is invalid input, never a 500.</summary>
    public static async Task<(T? Body, Acted.Invalid? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, new Acted.Invalid("body", "Gửi nội dung dạng JSON với Content-Type: application/json (có thể là {})."));
        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken) is { } body
                ? (body, null)
                : (null, new Acted.Invalid("body", "Gửi nội dung JSON của thao tác."));
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, new Acted.Invalid(field, "Không đọc được nội dung yêu cầu: sai cú pháp JSON hoặc sai kiểu dữ liệu của trường này."));
        }
    }
}
