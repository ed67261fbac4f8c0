using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using MotCua.Cli;
using MotCua.Features.Api;
using MotCua.Features.Demo;
using MotCua.Features.Files;
using MotCua.Features.Floor;
using MotCua.Features.Forms;
using MotCua.Features.Notifications;
using MotCua.Features.Payments;
using MotCua.Features.Payments.Vnpay;
using MotCua.Features.Ratings;
using MotCua.Features.Supplements;
using MotCua.Platform;
using MotCua.Features.Shared;

if (CommandLine.Handles(args))
    return CommandLine.Run(args, Console.Out, Console.Error);

// The app's files (appsettings.json, wwwroot) sit beside the executable, whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// README command one serves on :5080 on a fresh machine. Not through launchSettings.json: its
// applicationUrl would override ASPNETCORE_URLS under `dotnet run`. URLs configured any other way win.
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
    && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
    && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
    builder.WebHost.UseUrls("http://localhost:5080");
// From build output (dotnet run) wwwroot is served from the source folder in every environment, not
// only in Development; in published output, where wwwroot sits beside the executable, this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.AddPlatformDefaults();
builder.Services.AddMotCuaCore();
builder.Services.AddDemo();
builder.Services.AddMotCuaWeb();
builder.Services.AddApiV1();
builder.Services.AddFiles();
builder.Services.AddScoped<MotCua.Features.Shared.DossierPipeline>();
builder.Services.AddScoped<MotCua.Features.Fees.Cashier>();
builder.Services.AddScoped<MotCua.Features.Fees.ReceiptDocuments>();
builder.Services.AddScoped<MotCua.Features.Remittances.FeeLedger>();
builder.Services.AddScoped<MotCua.Features.Feedback.FeedbackDesk>();
builder.Services.AddScoped<MotCua.Features.Feedback.AnswerDocuments>();
builder.Services.AddScoped<MotCua.Features.Feedback.ProposalDesk>();
builder.Services.AddScoped<MotCua.Features.Staffing.StaffingDesk>();
builder.Services.AddScoped<MotCua.Features.Staffing.Rosters>();
builder.Services.AddScoped<MotCua.Features.Staffing.ReplacementDesk>();
builder.Services.AddScoped<MotCua.Features.Staffing.ReplacementDocuments>();
builder.Services.AddScoped<MotCua.Features.Staffing.EvaluationDesk>();
builder.Services.AddScoped<MotCua.Features.Staffing.EvaluationDocuments>();
builder.Services.AddScoped<MotCua.Features.Staffing.AbsenceDesk>();
builder.Services.AddScoped<MotCua.Features.Staffing.RecordsDesk>();
builder.Services.AddScoped<MotCua.Features.Feedback.ProposalDocuments>();
builder.Services.AddForms();
builder.Services.AddSupplementClosure();
builder.Services.AddNotifications();
builder.Services.AddVnpay();
builder.Services.AddScoped<OnlinePayments>();
builder.Services.AddRatings();
builder.Services.AddFloor();
var vnpayPaths = builder.Configuration.GetSection(VnpayOptions.Section).Get<VnpayOptions>()
    ?? new VnpayOptions();
builder.Services.AddRazorPages(options =>
{
    options.RootDirectory = "/Features";
    options.Conventions.AuthorizeFolder("/Reception", Policies.Reception);
    options.Conventions.AuthorizeFolder("/Processing", Policies.Officer);
    options.Conventions.AuthorizeFolder("/Forms", Policies.Officer);
    options.Conventions.AuthorizeFolder("/Returns", Policies.Reception);
    options.Conventions.AuthorizeFolder("/Fees", Policies.Officer);
    options.Conventions.AuthorizeFolder("/Remittances", Policies.Officer);
    options.Conventions.AuthorizeFolder("/Monitoring", Policies.Monitor);
    options.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
    options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    // The applicant's rating page is public (R33); the counter's tablet and the figures are officers'.
    options.Conventions.AuthorizeFolder("/Ratings", Policies.Officer);
    options.Conventions.AllowAnonymousToPage("/Ratings/Rate");
    // vnp_ReturnUrl is configured: the return page answers where the gateway is told to send the citizen.
    options.Conventions.AddPageRouteModelConvention("/Payments/Return", model =>
    {
        foreach (var selector in model.Selectors)
            selector.AttributeRouteModel!.Template = vnpayPaths.ReturnPath.TrimStart('/');
    });
});
// Razor escapes every non-ASCII letter by default; Vietnamese pages should carry their text as text.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

await DemoSetup.PrepareEmbeddedDatabaseAsync(app.Services, Console.Out);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/Error", // the API's failures are answered first by UnexpectedFailureHandler
        // UnexpectedFailureHandler logs every failure with its trace id: the middleware's own entry would be a second one.
        SuppressDiagnosticsCallback = _ => true,
    });
// Uploaded scans and results are served with the type their content was checked to be: browsers must not guess another.
app.Use((context, next) =>
{
    context.Response.Headers.XContentTypeOptions = "nosniff";
    return next(context);
});
app.MapStaticAssets();
app.UseRequestSizeGuard();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages().WithStaticAssets();
app.MapApiV1();
app.MapOnlinePayments(vnpayPaths.IpnPath);
app.MapFloor();
app.MapGet("/health", () => TypedResults.Text("ok"));
app.MapPlatformHealth();

app.Run();
return CommandLine.Ok;

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
