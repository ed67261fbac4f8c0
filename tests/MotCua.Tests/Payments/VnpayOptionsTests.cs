using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MotCua.Features.Payments.Vnpay;

namespace MotCua.Tests.Payments;

/// <summary>The Payments:Vnpay section is checked at start-up like every other: a bad value stops the start with a message naming its key.</summary>
public sealed class VnpayOptionsTests
{
    const string Tmn = "Payments:Vnpay:TmnCode";
    const string Secret = "Payments:Vnpay:HashSecret";

    /// <summary>A host with only the VNPAY services, started on the given settings.</summary>
    static async Task<(VnpayMerchant? Merchant, Exception? Failure)> StartAsync(params string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddLogging();
        builder.Services.AddOptions<MotCua.Platform.AppOptions>();
        builder.Services.AddVnpay();
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
            var merchant = host.Services.GetRequiredService<VnpayMerchant>();
            await host.StopAsync();
            return (merchant, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    [Fact]
    public async Task Without_the_section_the_app_starts_and_online_payment_is_off()
    {
        var (merchant, failure) = await StartAsync();
        Assert.Null(failure);
        Assert.False(merchant!.IsEnabled);
    }

    [Fact]
    public async Task With_terminal_and_secret_online_payment_is_on()
    {
        var (merchant, failure) = await StartAsync($"{Tmn}=2QXUI4J4", $"{Secret}=SECRETSECRETSECRETSECRETSECRET12");
        Assert.Null(failure);
        Assert.True(merchant!.IsEnabled);
    }

    [Theory]
    [InlineData(Tmn + "=2QXUI4J4", "", "phải được cấu hình cùng nhau")]
    [InlineData(Secret + "=SECRET", "", "phải được cấu hình cùng nhau")]
    [InlineData(Tmn + "=2QXUI4", Secret + "=SECRET", "Payments:Vnpay:TmnCode phải gồm đúng 8 chữ cái hoặc chữ số")]
    [InlineData(Tmn + "=2QXUI4J4", Secret + "=SECRET\n", "Payments:Vnpay:HashSecret có khoảng trắng ở đầu hoặc cuối.")]
    [InlineData("Payments:Vnpay:PaymentUrl=vpcpay.html", "", "Payments:Vnpay:PaymentUrl phải là một địa chỉ tuyệt đối")]
    [InlineData("Payments:Vnpay:ReturnPath=ket-qua", "", "Payments:Vnpay:ReturnPath phải là một đường dẫn bắt đầu bằng /")]
    [InlineData("Payments:Vnpay:IpnPath=//evil.example/ipn", "", "Payments:Vnpay:IpnPath phải là một đường dẫn bắt đầu bằng /")]
    [InlineData("Payments:Vnpay:ExpireAfter=00:00:30", "", "Payments:Vnpay:ExpireAfter phải từ 00:01:00 đến 1.00:00:00")]
    [InlineData("Payments:Vnpay:OrderType=lệ phí", "", "Payments:Vnpay:OrderType phải gồm từ 1 đến 100 chữ cái")]
    public async Task A_bad_value_stops_the_start_with_a_message_naming_its_key(string setting, string other, string message)
    {
        var (_, failure) = await StartAsync(other.Length > 0 ? [setting, other] : [setting]);
        Assert.Contains(message, Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(failure).Message);
    }

    [Fact]
    public async Task The_app_itself_checks_the_section_at_start_up()
    {
        await using var started = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await using var app = started.WithWebHostBuilder(b => b.UseSetting(Tmn, "2QXUI4J4"));
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Payments:Vnpay:TmnCode và Payments:Vnpay:HashSecret phải được cấu hình cùng nhau", failure.ToString());
    }
}
