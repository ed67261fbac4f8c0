using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MotCua.Domain.Codes;

/// <summary>
/// A dossier code (mã hồ sơ, R50; LAW.md §7): <c>&lt;agency electronic id&gt;-&lt;yyMMdd&gt;-&lt;sequence&gt;</c>,
/// e.g. <c>000.00.15.H22-250701-0001</c>. The sequence counts per agency and reception day, has at
/// least four digits and grows past 9999. The text form round-trips: <c>Parse(code.ToString()) == code</c>.
/// Agency ids are written in capitals (QĐ 20/2020/QĐ-TTg), so that is the one spelling: parsing
/// accepts a code typed in small letters and reads it as the same code.
/// </summary>
public sealed record DossierCode : IParsable<DossierCode>
{
    public const int MaxAgencyIdLength = 40;
    /// <summary>A sequence is a <see cref="long"/>: 18 digits always fit.</summary>
    public const int MaxSequenceDigits = 18;
    /// <summary>The longest code: agency id, '-', yyMMdd, '-', the longest sequence. Every column and input that holds a code uses it.</summary>
    public const int MaxLength = MaxAgencyIdLength + 1 + 6 + 1 + MaxSequenceDigits;
    /// <summary>
    /// The shape as a regular expression, to describe a code to others (the API's document); small letters
    /// pass, as in <see cref="Parse"/>. Only <see cref="Parse"/> decides: it also checks the date and the lengths.
    /// </summary>
    public const string Pattern = @"^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*-[0-9]{6}-([0-9]{4}|[1-9][0-9]{4,17})$";
    const string Shape = "<mã định danh cơ quan>-<yyMMdd>-<số thứ tự từ 4 chữ số>";

    public DossierCode(string agencyId, DateOnly date, long sequence)
    {
        if (AgencyIdProblem(agencyId) is { } agencyProblem)
            throw new ArgumentException(agencyProblem, nameof(agencyId));
        if (DateProblem(date) is { } dateProblem)
            throw new ArgumentOutOfRangeException(nameof(date), dateProblem);
        if (sequence < 1)
            throw new ArgumentOutOfRangeException(nameof(sequence), "Số thứ tự hồ sơ phải từ 1 trở lên.");
        AgencyId = agencyId;
        Date = date;
        Sequence = sequence;
    }

    /// <summary>The receiving agency's electronic identifier, e.g. 000.00.15.H22 or H22.123.45.</summary>
    public string AgencyId { get; }

    /// <summary>The reception date (not the submission date; LAW.md §7.4).</summary>
    public DateOnly Date { get; }

    public long Sequence { get; }

    public override string ToString() =>
        $"{AgencyId}-{Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{Sequence.ToString("D4", CultureInfo.InvariantCulture)}";

    public static DossierCode Parse(string text) =>
        TryParse(text, out var code, out var problem) ? code : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out DossierCode code) =>
        TryParse(text, out code, out _);

    // For the model binders of minimal APIs and Razor Pages: a code reads the same in every culture.
    static DossierCode IParsable<DossierCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DossierCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DossierCode result) =>
        TryParse(s, out result);

    /// <summary>
    /// Why <paramref name="agencyId"/> cannot be an agency's electronic identifier, in Vietnamese; null when it can.
    /// The one rule for the units an administrator adds and for the first part of every code.
    /// </summary>
    public static string? AgencyIdProblem(string? agencyId)
    {
        if (AgencyIdShapeProblem(agencyId) is { } problem)
            return problem;
        var id = agencyId!;
        return id.Any(char.IsAsciiLetterLower) ? $"Mã định danh cơ quan \"{id}\" phải viết chữ in hoa: {id.ToUpperInvariant()}." : null;
    }

    /// <summary>What is wrong with <paramref name="agencyId"/> whatever the case of its letters.</summary>
    static string? AgencyIdShapeProblem(string? agencyId)
    {
        if (string.IsNullOrEmpty(agencyId))
            return "Mã định danh cơ quan không được để trống.";
        if (agencyId.Length > MaxAgencyIdLength)
            return $"Mã định danh cơ quan \"{agencyId}\" dài quá {MaxAgencyIdLength} ký tự.";
        if (!agencyId.All(c => char.IsAsciiLetterOrDigit(c) || c == '.'))
            return $"Mã định danh cơ quan \"{agencyId}\" chỉ được gồm chữ cái không dấu, chữ số và dấu chấm.";
        if (agencyId[0] == '.' || agencyId[^1] == '.' || agencyId.Contains(".."))
            return $"Mã định danh cơ quan \"{agencyId}\" có dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau.";
        return null;
    }

    /// <summary>The code keeps two digits of the year, so only 2000–2099 reads back to the same date.</summary>
    internal static string? DateProblem(DateOnly date) =>
        date.Year is < 2000 or > 2099 ? $"Ngày tiếp nhận {VietnameseFormat.Date(date)} phải trong các năm 2000–2099 (mã hồ sơ chỉ ghi hai chữ số cuối của năm)." : null;

    /// <summary>yyMMdd read as 20yy (the culture's two-digit-year rule would read 50–99 as 1950–1999).</summary>
    static DateOnly? ParseDate(string text)
    {
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
            return null;
        var (year, month, day) = (2000 + int.Parse(text[..2], CultureInfo.InvariantCulture), int.Parse(text[2..4], CultureInfo.InvariantCulture), int.Parse(text[4..], CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    static bool TryParse(string? text, [MaybeNullWhen(false)] out DossierCode code, out string problem)
    {
        code = null;
        problem = $"Mã hồ sơ \"{text}\" không đúng dạng {Shape}: ";
        // The agency id has no hyphen, so a code splits into exactly three parts.
        var parts = text?.Split('-') ?? [];
        if (parts.Length != 3)
        {
            problem += "phải có đúng ba phần ngăn cách bởi dấu gạch ngang.";
            return false;
        }
        var (agencyId, datePart, sequencePart) = (parts[0], parts[1], parts[2]);
        if (AgencyIdShapeProblem(agencyId) is { } agencyProblem)
        {
            problem += agencyProblem;
            return false;
        }
        if (ParseDate(datePart) is not { } date)
        {
            problem += $"\"{datePart}\" không phải ngày có thật dạng yyMMdd.";
            return false;
        }
        // Leading zeros only pad up to four digits, so each code has one spelling and round-trips.
        if (sequencePart.Length < 4 || sequencePart.Length > MaxSequenceDigits || !sequencePart.All(char.IsAsciiDigit)
            || (sequencePart.Length > 4 && sequencePart[0] == '0'))
        {
            problem += $"số thứ tự \"{sequencePart}\" phải gồm từ 4 chữ số (không thêm số 0 ở đầu khi quá 4 chữ số).";
            return false;
        }
        var sequence = long.Parse(sequencePart, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            problem += "số thứ tự phải từ 1 trở lên.";
            return false;
        }
        // Only ASCII letters are left in the agency id, so this is the one capital spelling.
        code = new DossierCode(agencyId.ToUpperInvariant(), date, sequence);
        problem = "";
        return true;
    }
}
