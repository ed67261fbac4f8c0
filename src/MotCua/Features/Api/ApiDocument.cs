using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using MotCua.Platform;

namespace MotCua.Features.Api;

/// <summary>
/// The OpenAPI document as a client generator needs it: the public address from configuration (not
/// the host a request named), the two ways an officer signs in, and, on every operation, whether it
/// needs them (the officers' routes) or is public (catalog, online submission, lookups).
/// </summary>
public sealed class ApiDocument(IOptions<AppOptions> app) : IOpenApiDocumentTransformer
{
    const string Bearer = "bearer";
    const string Cookie = "cookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "MotCua API";
        document.Info.Version = "v1";
        document.Info.Description = "Danh mục thủ tục hành chính, nộp hồ sơ trực tuyến, tra cứu tình trạng hồ sơ, và các thao tác của cán bộ trên hồ sơ. " +
            "Thời điểm theo ISO 8601 với múi giờ Việt Nam (+07:00); lỗi trả về dạng ProblemDetails.";
        document.Info.License = new OpenApiLicense { Name = "MotCua", Url = new Uri($"{app.Value.PublicBaseUrl.TrimEnd('/')}/") };
        document.Servers = [new OpenApiServer { Url = app.Value.PublicBaseUrl.TrimEnd('/'), Description = "Cổng dịch vụ của Trung tâm" }];
        document.Tags = new HashSet<OpenApiTag> { new() { Name = "MotCua", Description = "Hệ thống thông tin giải quyết thủ tục hành chính." } };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "Bearer token của cán bộ, nhận từ POST /api/v1/token (hiệu lực 1 giờ).",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "motcua.auth",
                Description = "Cookie đăng nhập của cán bộ trên trình duyệt.",
            },
        };
        foreach (var (path, item) in document.Paths)
        {
            var officer = path.StartsWith($"{ApiV1.Prefix}/officer/", StringComparison.Ordinal) || path == $"{ApiV1.Prefix}/officer";
            foreach (var operation in item.Operations?.Values.AsEnumerable() ?? [])
                operation.Security = officer
                    ?
                    [
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, document)] = [] },
                    ]
                    : [];
        }
        return Task.CompletedTask;
    }
}
