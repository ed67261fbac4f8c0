using System.Diagnostics.CodeAnalysis;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// A Vietnamese phone number in its canonical form: digits only, starting with 0 (a typed +84 becomes 0).
/// Mobiles have 10 digits (03, 05, 07, 08, 09); landlines start with 02 and have 11 digits, 10 for the
/// few areas still numbered so. People type them in groups ("0912 345 678", "0912.345.678", "+84 912-345-678").
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>The longest canonical number, and the width of the columns that keep one.</summary>
    public const int MaxLength = 11;

    /// <summary>How much typing is read at all: a number with its spaces, dots and dashes is never longer.</summary>
    const int MaxTypedLength = 30;

    public const string Shape = "Số điện thoại gồm 10 chữ số (di động, bắt đầu bằng 03, 05, 07, 08 hoặc 09) hoặc 10–11 chữ số (cố định, bắt đầu bằng 02).";

    readonly string _digits;

    PhoneNumber(string digits) => _digits = digits;

    /// <summary>The last four digits, shown to the public with the rest hidden (personal data, LAW §13).</summary>
    public string LastFour => _digits[^4..];

    public string Masked => new string('*', _digits.Length - 4) + LastFour;

    public override string ToString() => _digits;

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone, out var problem) ? phone : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out PhoneNumber phone) => TryParse(text, out phone, out _);

    /// <summary>The number typed, or why it is not one, in Vietnamese.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out PhoneNumber phone, out string problem)
    {
        phone = null;
        problem = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "Nhập số điện thoại.";
            return false;
        }
        if (text.Length > MaxTypedLength)
        {
            problem = Shape;
            return false;
        }
        var digits = new string(text.Where(c => c is not (' ' or '.' or '-' or '(' or ')')).ToArray());
        if (digits.StartsWith("+84", StringComparison.Ordinal))
            digits = "0" + digits[3..];
        var valid = digits.All(char.IsAsciiDigit) && digits switch
        {
            ['0', '3' or '5' or '7' or '8' or '9', ..] => digits.Length == 10,
            ['0', '2', ..] => digits.Length is 10 or 11,
            _ => false,
        };
        if (!valid)
        {
            problem = Shape;
            return false;
        }
        phone = new PhoneNumber(digits);
        return true;
    }

    /// <summary>Whether the four digits typed are the last four of this number.</summary>
    public bool EndsWith(string? lastFour) => lastFour?.Trim() is { Length: 4 } digits && digits.All(char.IsAsciiDigit) && digits == LastFour;
}
