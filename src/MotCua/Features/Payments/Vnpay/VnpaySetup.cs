using MotCua.Platform;

namespace MotCua.Features.Payments.Vnpay;

public static class VnpaySetup
{
    /// <summary>The VNPAY options, checked at start-up, and the merchant's side of the protocol. Harmless when not configured: <see cref="VnpayMerchant.IsEnabled"/> is then false.</summary>
    public static IServiceCollection AddVnpay(this IServiceCollection services)
    {
        services.AddValidatedOptions<VnpayOptions>(VnpayOptions.Section);
        services.AddSingleton<VnpayMerchant>();
        return services;
    }
}
