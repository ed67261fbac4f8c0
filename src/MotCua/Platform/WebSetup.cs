using Microsoft.AspNetCore.DataProtection;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Domain;

namespace MotCua.Platform;

public static class WebSetup
{
    /// <summary>The public lookups (dossier status by code and phone digits) are rate limited per client address.</summary>
    public const string PublicLookup = "public-lookup";

    /// <summary>What the public sends (feedback, ratings): the form may be opened freely, sending is limited per client.</summary>
    public const string PublicSubmission = "public-submission";

    public static IServiceCollection AddMotCuaWeb(this IServiceCollection services)
    {
        // Sign-in cookies, anti-forgery and bearer tokens are sealed with these keys: in the database, every node
        // opens what another sealed, and a restart signs nobody out (ADR 11).
        services.AddDataProtection().SetApplicationName("MotCua").PersistKeysToDbContext<MotCuaDbContext>();
        services.AddIdentity<Officer, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<MotCuaDbContext>()
            .AddClaimsPrincipalFactory<OfficerClaims>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "motcua.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The API answers 401/403 as ProblemDetails rather than redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reception, p => p.RequireRole(nameof(Role.Reception)))
            .AddPolicy(Policies.Agency, p => p.RequireRole(nameof(Role.Processor), nameof(Role.AgencyLeader)))
            .AddPolicy(Policies.Officer, p => p.RequireRole(nameof(Role.Reception), nameof(Role.Processor), nameof(Role.AgencyLeader),
                nameof(Role.CenterStaff), nameof(Role.CenterDirector)))
            .AddPolicy(Policies.Monitor, p => p.RequireRole(nameof(Role.CenterStaff), nameof(Role.CenterDirector)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            // The Center's figures and each agency's own (R35–R38).
            .AddPolicy(Policies.Reports, p => p.RequireRole(nameof(Role.CenterStaff), nameof(Role.CenterDirector), nameof(Role.Processor), nameof(Role.AgencyLeader)))
            .AddPolicy(Policies.Staffing, p => p.RequireRole(nameof(Role.CenterStaff), nameof(Role.CenterDirector), nameof(Role.Admin), nameof(Role.AgencyLeader)));
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            o.Filters.Add(new UnmatchedHandler());
            o.Filters.Add(new BindingErrors());
            o.Filters.Add(new RefusedFormFilter());
            BindingErrors.Configure(o.ModelBindingMessageProvider);
        });
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<DossierCodeRouteConstraint>(DossierCodeRouteConstraint.Name));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentOfficer>();
        services.AddExceptionHandler<UnexpectedFailureHandler>();
        // A body or parameter that does not bind throws, so that UnexpectedFailureHandler answers it as ProblemDetails (otherwise an empty 400).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Every ProblemDetails carries the trace id the logs and the exported traces use (the default is the whole traceparent).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["traceId"] = UnexpectedFailureHandler.TraceId(c.HttpContext));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => TooManyRequests(context, cancellationToken);
            o.AddPolicy(PublicLookup, PerClient);
            o.AddPolicy(PublicSubmission, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : PerClient(context));
        });
        return services;
    }

    /// <summary>Ten a minute per address; a registered kiosk, one address for a whole hall, has a larger share of its own.</summary>
    static RateLimitPartition<string> PerClient(HttpContext context) => KioskDevice.Of(context) is { } kiosk
        ? RateLimitPartition.GetFixedWindowLimiter($"kiosk:{kiosk.CenterId}:{kiosk.Name}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = KioskDevice.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
        : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>A refused lookup says why in Vietnamese: ProblemDetails for the API, a short page for people.</summary>
    static async ValueTask TooManyRequests(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var message = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PublicSubmission
            ? "Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng đợi một phút rồi gửi lại."
            : "Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại.";
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Quá nhiều yêu cầu", Detail = message },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(PlainPage.Html("Quá nhiều yêu cầu", message), cancellationToken);
    }

    static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string Reception = nameof(Reception);
    public const string Agency = nameof(Agency);
    public const string Officer = nameof(Officer);
    public const string Monitor = nameof(Monitor);
    public const string Reports = nameof(Reports);
    public const string Admin = nameof(Admin);
    /// <summary>The seconded officers' records (R30-R32): the Center's director, staff and administrator, and the agencies' leaders.</summary>
    public const string Staffing = nameof(Staffing);
}
