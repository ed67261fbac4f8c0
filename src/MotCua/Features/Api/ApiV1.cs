using System.Text.Encodings.Web;
using System.Text.Unicode;
using MotCua.Domain.Codes;
using MotCua.Features.Account;
using MotCua.Features.Apologies;
using MotCua.Features.Consultations;
using MotCua.Features.Exceptions;
using MotCua.Features.Feedback;
using MotCua.Features.Fees;
using MotCua.Features.Incidents;
using MotCua.Features.Processing;
using MotCua.Features.Ratings;
using MotCua.Features.Reception;
using MotCua.Features.Remittances;
using MotCua.Features.Returns;
using MotCua.Features.Shared;
using MotCua.Features.Staffing;
using MotCua.Features.Supplements;
using MotCua.Features.Urging;

namespace MotCua.Features.Api;

/// <summary>
/// The JSON API for integrations, <c>/api/v1</c>: the catalog, online submission and status lookup.
/// Every error leaves as ProblemDetails; the OpenAPI document is at <c>/api/v1/openapi.json</c>.
/// </summary>
public static class ApiV1
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        // Vietnamese travels as text in JSON ("Chờ tiếp nhận"), not as \u escapes.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOfficerTokens();
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocument>();
            // A dossier code in a route is text of a known shape (the route's constraint refuses any other); it is
            // described as the string it binds from, so the parameter's own type, not the schema's, tells it apart.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.ParameterDescription?.Type == typeof(DossierCode))
                {
                    schema.Pattern = DossierCode.Pattern;
                    schema.MaxLength = DossierCode.MaxLength;
                    schema.Description = "Mã hồ sơ: <mã định danh cơ quan>-<yyMMdd>-<số thứ tự>, ví dụ 000.01.31.H22-261123-0001; chữ thường cũng được.";
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("MotCua");
        api.MapCatalog();
        api.MapDossiers();
        api.MapPublicFiles();
        api.MapApplicantFiles();
        api.MapPublicFeedback();
        api.MapTokenApi();
        // Each feature maps its officers' endpoints beside its pages; this is only where they meet.
        var officer = api.MapOfficerGroup();
        var dossier = officer.MapDossierGroup();
        officer.MapProcessingApi(dossier);
        officer.MapReceptionApi(dossier);
        dossier.MapReturnsApi();
        dossier.MapSupplementsApi();
        dossier.MapApologiesApi();
        officer.MapConsultationsApi(dossier);
        officer.MapExceptionsApi(dossier);
        dossier.MapUrgingApi();
        dossier.MapIncidentsApi();
        dossier.MapFeesApi();
        dossier.MapOfficerFiles();
        officer.MapRemittancesApi();
        api.MapRatingsApi(officer);
        officer.MapFeedbackOfficerApi();
        officer.MapProposalApi();
        officer.MapRosterApi();
        officer.MapReplacementApi();
        officer.MapEvaluationApi();
        officer.MapAbsenceApi();
        officer.MapRecordsApi();
        // Every unknown address under the API, those that look like a file too: a dossier code has dots, and one
        // that is malformed (refused by the route's dossiercode constraint) must get this ProblemDetails.
        api.MapFallback("{*path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có địa chỉ này",
            detail: $"Xem các địa chỉ của API trong {Prefix}/openapi.json.")).ExcludeFromDescription();
        app.MapOpenApi($"{Prefix}/openapi.json");
        return app;
    }
}
