using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Features.Payments.Vnpay;

/// <summary>
/// The secure hash of VNPAY's protocol 2.1.0, the same both ways (the merchant's payment URL, the
/// gateway's return and notification): HMAC-SHA512 keyed with the terminal's secret over the
/// <see cref="HashData"/> string, sent as lower-case hex in vnp_SecureHash.
/// </summary>
public sealed class VnpaySigner
{
    public const string SecureHash = "vnp_SecureHash";
    /// <summary>Sent by the gateway in some answers; never part of the hashed data, never sent by a 2.1.0 merchant.</summary>
    public const string SecureHashType = "vnp_SecureHashType";
    const int HashBytes = 64;

    readonly byte[] _key;

    public VnpaySigner(string hashSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(hashSecret);
        _key = Encoding.UTF8.GetBytes(hashSecret);
    }

    /// <summary>
    /// What is hashed, and also the query string sent: every vnp_ field but the hash's own, with a
    /// value, sorted by key (ordinal), key and value form-encoded ('+' for a space, upper-case %XX),
    /// joined with '&amp;'. The references (PHP urlencode, Java URLEncoder, .NET WebUtility.UrlEncode)
    /// agree on this except for the characters ! * ( ) ~, which <see cref="VnpayFields.OrderInfo"/>
    /// keeps out of what we send; the .NET reference's encoding is used. Empty values are left out as
    /// the .NET and Java references do (the gateway sends none).
    /// </summary>
    public static string HashData(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in fields.Where(Hashed).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (text.Length > 0)
                text.Append('&');
            text.Append(WebUtility.UrlEncode(key)).Append('=').Append(WebUtility.UrlEncode(value));
        }
        return text.ToString();
    }

    /// <summary>vnp_SecureHash for the fields, lower-case hex.</summary>
    public string Sign(IEnumerable<KeyValuePair<string, string>> fields) => Convert.ToHexStringLower(Hash(HashData(fields)));

    /// <summary>The fields as a query string (without '?') with their vnp_SecureHash last.</summary>
    public string SignedQuery(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = HashData(fields);
        return $"{data}&{SecureHash}={Convert.ToHexStringLower(Hash(data))}";
    }

    /// <summary>Whether <paramref name="secureHash"/> (hex, either case) is the fields' hash, compared in constant time.</summary>
    public bool Verify(IEnumerable<KeyValuePair<string, string>> fields, string? secureHash)
    {
        if (secureHash is not { Length: HashBytes * 2 })
            return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(secureHash);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, Hash(HashData(fields)));
    }

    byte[] Hash(string data) => HMACSHA512.HashData(_key, Encoding.UTF8.GetBytes(data));

    static bool Hashed(KeyValuePair<string, string> field) =>
        field.Key.StartsWith("vnp_", StringComparison.Ordinal) && field.Key is not (SecureHash or SecureHashType) && !string.IsNullOrEmpty(field.Value);
}
