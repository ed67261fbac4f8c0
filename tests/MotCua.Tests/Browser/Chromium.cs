using Microsoft.Playwright;

namespace MotCua.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: the tests never download a browser. Missing chromium is
/// a failure with the command that installs it, not a skip.
/// </summary>
public static class Chromium
{
    const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: apt-get install -y chromium (.ci/run does).");
        // A loaded CI machine (two cores, a server and a browser per test) can take longer than the 5 s default to render a page.
        Assertions.SetDefaultExpectTimeout(20_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in CI and here: chromium's sandbox refuses root; nothing outside localhost is needed.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>A screenshot of the page under the test output folder, to look at after a run.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });
}
