using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>The <c>Ratings</c> section: the key that signs the rating links printed on receipts.</summary>
public sealed class RatingOptions
{
    public const string Section = "Ratings";

    /// <summary>
    /// At least 32 random bytes in base64, the same on every node; unset, the installation makes its own once and keeps
    /// it in the database. Receipts are kept unchanged (R52) with their QR: a new key makes the links already printed
    /// refuse to open without the phone digits.
    /// </summary>
    public string? QrKey { get; set; }
}

/// <summary>
/// The link on the receipt's rating QR: <c>/danh-gia?ma=CODE&amp;k=TOKEN</c>, the token an HMAC of the code
/// under the server's key, so that whoever holds the paper the applicant was given may rate without typing the
/// phone, and nobody can make a link for another code. Short (22 characters) so the QR stays easy to scan.
/// </summary>
public sealed class RatingLinks
{
    public const string SecretName = "rating-links";

    readonly Lazy<byte[]> _key;
    readonly IOptions<AppOptions> _app;

    public RatingLinks(IOptions<RatingOptions> options, IOptions<AppOptions> app, IServiceScopeFactory scopes, ILogger<RatingLinks> logger)
    {
        _app = app;
        var configured = options.Value.QrKey;
        if (!string.IsNullOrWhiteSpace(configured) && TryKey(configured, out var key))
            _key = new(key);
        else
        {
            if (!string.IsNullOrWhiteSpace(configured))
                logger.LogError("Ratings:QrKey phải là ít nhất 32 byte ngẫu nhiên ở dạng base64; dùng khóa lưu trong cơ sở dữ liệu.");
            // Without a configured key, the installation's own, made by its migration and kept in the database: every
            // node signs and checks the same links, and a restart leaves the printed receipts' QR working.
            _key = new(() => StoredKey(scopes), LazyThreadSafetyMode.PublicationOnly);
        }
    }

    /// <summary>The key the migration that made the table put there (InstallationSecrets).</summary>
    static byte[] StoredKey(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().InstallationSecrets.AsNoTracking().Single(s => s.Name == SecretName).Value;
    }

    static bool TryKey(string text, out byte[] key)
    {
        key = [];
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        return key.Length >= 32;
    }

    public string Token(DossierCode code)
    {
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes("rating:" + code));
        return Base64Url(mac.AsSpan(0, 16));
    }

    /// <summary>Whether <paramref name="token"/> was made for <paramref name="code"/>, compared in constant time.</summary>
    public bool Verify(DossierCode? code, string? token)
    {
        if (code is null || string.IsNullOrEmpty(token) || token.Length > 64)
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(code)), Encoding.ASCII.GetBytes(token.Trim()));
    }

    /// <summary>The absolute link printed as the receipt's rating QR.</summary>
    public string Url(DossierCode code) => _app.Value.Link($"/danh-gia?ma={code}&k={Token(code)}");

    static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
