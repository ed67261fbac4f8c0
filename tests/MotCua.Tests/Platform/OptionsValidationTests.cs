using Microsoft.AspNetCore.Hosting;

namespace MotCua.Tests.Platform;

/// <summary>A bad value in the configuration stops the start with a message naming the key, rather than failing later at first use.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("App:PublicBaseUrl", "dichvucong.vinhan", "App:PublicBaseUrl phải là một địa chỉ tuyệt đối")]
    [InlineData("App:PublicBaseUrl", "ftp://dichvucong.vinhan.test", "App:PublicBaseUrl phải là một địa chỉ tuyệt đối")]
    [InlineData("Notifications:MaxAttempts", "0", "Notifications:MaxAttempts phải từ 1 đến 100.")]
    [InlineData("Notifications:Smtp:Port", "70000", "Notifications:Smtp:Port phải từ 1 đến 65535.")]
    [InlineData("Notifications:Sms:Url", "gateway", "Notifications:Sms:Url phải là một địa chỉ tuyệt đối")]
    [InlineData("DeadlineWatch:DueSoonShare", "1.5", "DeadlineWatch:DueSoonShare phải từ 0,01 đến 1")]
    [InlineData("DeadlineWatch:Interval", "00:00:00", "DeadlineWatch:Interval phải lớn hơn 0")]
    [InlineData("DeadlineWatch:Escalations:0:OverdueWorkingDays", "-1", "OverdueWorkingDays phải từ 0 đến 365.")]
    [InlineData("Files:MaxUploadBytes", "0", "Files:MaxUploadBytes phải từ 1 đến 209715200 byte")]
    [InlineData("Locality:RefreshInterval", "02:00:00", "Locality:RefreshInterval phải từ 00:00:00 đến 01:00:00.")]
    [InlineData("SupplementClosure:Interval", "-00:01:00", "SupplementClosure:Interval phải lớn hơn 0")]
    public async Task A_bad_value_stops_the_start_with_a_message_naming_its_key(string key, string value, string message)
    {
        await using var started = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await using var app = started.WithWebHostBuilder(b => b.UseSetting(key, value));
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(message, Messages(failure));
    }

    [Fact]
    public async Task The_shipped_configuration_starts()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        Assert.Equal("ok", await app.CreateClient().GetStringAsync("/health"));
    }

    static string Messages(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} | {Messages(e.InnerException)}";
}
