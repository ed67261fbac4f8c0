using Microsoft.AspNetCore.DataProtection;

namespace MotCua.Platform;

/// <summary>A screen in the hall registered as the Center's kiosk, named so its use can be told apart.</summary>
public sealed record KioskPass(string CenterId, string Name);

/// <summary>
/// The hall's kiosk is one address for every citizen who uses it, so the per-address limits of public pages would lock
/// it after ten tickets. An officer registers the screen once: it keeps a cookie signed by the installation's
/// data-protection keys, which gives it the touch layout and a limit of its own (<see cref="PermitsPerMinute"/>).
/// </summary>
public static class KioskDevice
{
    public const string Cookie = "MotCua.Kiosk";
    public const int PermitsPerMinute = 300;
    const string Purpose = "MotCua.Kiosk.v1";
    const char Separator = '\n';
    static readonly object Key = new();

    public static void Register(HttpContext context, string centerId, string name)
    {
        var protector = context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        context.Response.Cookies.Append(Cookie, protector.Protect($"{centerId}{Separator}{name}"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Expires = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1),
        });
    }

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(Cookie);

    /// <summary>The kiosk this request comes from; null for any other device, or a cookie that was not signed here.</summary>
    public static KioskPass? Of(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known))
            return known as KioskPass;
        KioskPass? pass = null;
        if (context.Request.Cookies.TryGetValue(Cookie, out var value) && value is { Length: > 0 and < 2048 })
        {
            try
            {
                var text = context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(value);
                if (text.Split(Separator) is [var center, var name])
                    pass = new KioskPass(center, name);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // A cookie from elsewhere, or under a key since revoked: an ordinary device.
            }
        }
        context.Items[Key] = pass;
        return pass;
    }
}
