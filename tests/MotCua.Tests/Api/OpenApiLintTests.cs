using System.Diagnostics;
using System.Net;

namespace MotCua.Tests.Api;

/// <summary>
/// The OpenAPI document, as the app serves it, passes Redocly's recommended lint with no error (warnings
/// are reported, not failed). The CLI is run with npx at a pinned version that still runs on Debian's nodejs.
/// </summary>
public sealed class OpenApiLintTests
{
    const string Redocly = "@redocly/cli@1.34.5";

    [Fact]
    public async Task The_API_document_passes_Redocly_recommended_lint_with_no_error()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var response = await app.CreateClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // An empty folder of its own: no redocly.yaml around changes the ruleset from "recommended".
        var folder = Directory.CreateTempSubdirectory("motcua-openapi-");
        try
        {
            var file = Path.Combine(folder.FullName, "openapi.json");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            var (exit, output) = await RunAsync(folder.FullName, "npx", "--yes", Redocly, "lint", "--extends=recommended", "--format=stylish", file);
            Assert.True(exit == 0, $"Redocly found errors in the OpenAPI document (exit {exit}):\n{output}");
            Assert.Contains("Your API description is valid", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static async Task<(int Exit, string Output)> RunAsync(string folder, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{command} is missing: apt-get install -y nodejs npm (scripts/test does as root).");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
