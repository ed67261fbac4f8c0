using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public class DossierCodeTests
{
    static readonly DateOnly July1 = new(2025, 7, 1);

    [Theory]
    [InlineData(1, "000.00.15.H22-250701-0001")]
    [InlineData(42, "000.00.15.H22-250701-0042")]
    [InlineData(9999, "000.00.15.H22-250701-9999")]
    public void Writes_agency_date_and_a_four_digit_sequence_R50(long sequence, string expected)
    {
        Assert.Equal(expected, new DossierCode("000.00.15.H22", July1, sequence).ToString());
    }

    [Theory]
    [InlineData(10000, "H22.123.45-250701-10000")]
    [InlineData(123456, "H22.123.45-250701-123456")]
    public void The_sequence_grows_past_9999_R50(long sequence, string expected)
    {
        Assert.Equal(expected, new DossierCode("H22.123.45", July1, sequence).ToString());
    }

    [Theory]
    [InlineData("000.00.15.H22-250701-0001")]
    [InlineData("H22.123.45-991231-10000")]
    [InlineData("H22-000229-0007")] // 2000 was a leap year
    [InlineData("K01.001.01-500101-0001")] // yy 50–99 are 2050–2099, not 1950–1999
    public void Parses_what_it_writes_R50(string text)
    {
        var code = DossierCode.Parse(text);
        Assert.Equal(text, code.ToString());
        Assert.Equal(code, DossierCode.Parse(code.ToString()));
        Assert.True(DossierCode.TryParse(text, out var again));
        Assert.Equal(code, again);
    }

    [Fact]
    public void Parsing_reads_each_part_R50()
    {
        var code = DossierCode.Parse("000.00.15.H22-250701-0001");
        Assert.Equal("000.00.15.H22", code.AgencyId);
        Assert.Equal(July1, code.Date);
        Assert.Equal(1, code.Sequence);
        Assert.Equal(new DateOnly(2050, 1, 1), DossierCode.Parse("K01-500101-0001").Date);
    }

    [Theory]
    [InlineData("", "ba phần")]
    [InlineData("000.00.15.H22-250701", "ba phần")]
    [InlineData("000.00.15.H22-250701-0001-2", "ba phần")]
    [InlineData("-250701-0001", "không được để trống")]
    [InlineData("000.00.15.H22_X-250701-0001", "chữ cái không dấu, chữ số và dấu chấm")]
    [InlineData("Sở-Tư-Pháp-250701-0001", "ba phần")]
    [InlineData("SởTưPháp-250701-0001", "chữ cái không dấu")]
    [InlineData(".H22-250701-0001", "dấu chấm ở đầu")]
    [InlineData("000..15.H22-250701-0001", "hai dấu chấm liền nhau")]
    [InlineData("A123456789012345678901234567890123456789X-250701-0001", "dài quá 40 ký tự")]
    [InlineData("000.00.15.H22-250231-0001", "không phải ngày có thật")]
    [InlineData("000.00.15.H22-2507011-0001", "không phải ngày có thật")]
    [InlineData("000.00.15.H22-25O701-0001", "không phải ngày có thật")]
    [InlineData("000.00.15.H22-250701-001", "từ 4 chữ số")]
    [InlineData("000.00.15.H22-250701-00001", "không thêm số 0")]
    [InlineData("000.00.15.H22-250701-12a4", "từ 4 chữ số")]
    [InlineData("000.00.15.H22-250701-+123", "từ 4 chữ số")]
    [InlineData("000.00.15.H22-250701-0000", "từ 1 trở lên")]
    [InlineData("000.00.15.H22-250701-1234567890123456789", "từ 4 chữ số")]
    public void Parse_rejects_bad_codes_with_a_Vietnamese_message_R50(string text, string reason)
    {
        Assert.False(DossierCode.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => DossierCode.Parse(text));
        Assert.Contains($"Mã hồ sơ \"{text}\" không đúng dạng", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void TryParse_of_null_is_false_R50()
    {
        Assert.False(DossierCode.TryParse(null, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void A_code_cannot_be_made_invalid_R50()
    {
        Assert.Throws<ArgumentException>(() => new DossierCode("", July1, 1));
        Assert.Throws<ArgumentException>(() => new DossierCode("H22-1", July1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode("H22", July1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode("H22", new DateOnly(2100, 1, 1), 1));
    }

    [Theory]
    [InlineData("000.00.15.h22-250701-0001", "000.00.15.H22-250701-0001")]
    [InlineData("h22.123.45-991231-10000", "H22.123.45-991231-10000")]
    [InlineData("K01.a02.B03-500101-0042", "K01.A02.B03-500101-0042")]
    public void Parse_accepts_a_code_typed_in_small_letters_as_the_same_code_in_capitals_R50(string typed, string canonical)
    {
        var code = DossierCode.Parse(typed);
        Assert.Equal(canonical, code.ToString());
        Assert.Equal(canonical.Split('-')[0], code.AgencyId);
        Assert.Equal(DossierCode.Parse(canonical), code);
        Assert.True(DossierCode.TryParse(typed, out var again));
        Assert.Equal(code, again);
    }

    [Fact]
    public void An_agency_id_in_small_letters_is_refused_where_a_code_is_made_R50()
    {
        var e = Assert.Throws<ArgumentException>(() => new DossierCode("000.00.15.h22", July1, 1));
        Assert.Contains("phải viết chữ in hoa: 000.00.15.H22", e.Message);
        Assert.Contains("in hoa", DossierCode.AgencyIdProblem("000.00.15.h22"));
        Assert.Null(DossierCode.AgencyIdProblem("000.00.15.H22"));
        Assert.Contains("chữ cái không dấu", DossierCode.AgencyIdProblem("000.00.15.ḥ22"));
    }

    static T ParseAs<T>(string text, IFormatProvider provider) where T : IParsable<T> => T.Parse(text, provider);

    static bool TryParseAs<T>(string? text, IFormatProvider provider, out T? value) where T : IParsable<T> => T.TryParse(text, provider, out value);

    [Fact]
    public void Binds_as_an_IParsable_the_same_in_every_culture_R50()
    {
        // In Turkish, "i" in capitals is "İ": a code must not depend on the server's culture.
        var turkish = CultureInfo.GetCultureInfo("tr-TR");
        Assert.Equal("K01.I02-250701-0001", ParseAs<DossierCode>("k01.i02-250701-0001", turkish).ToString());
        Assert.True(TryParseAs<DossierCode>("000.00.15.H22-250701-0001", CultureInfo.InvariantCulture, out var code));
        Assert.Equal(new DossierCode("000.00.15.H22", July1, 1), code);
        Assert.False(TryParseAs<DossierCode>("000.00.15.H22-250731-1", turkish, out _));
        Assert.False(TryParseAs<DossierCode>(null, turkish, out _));
        Assert.Throws<FormatException>(() => ParseAs<DossierCode>("không-phải-mã", turkish));
    }

    [Theory]
    [InlineData("000.00.15.H22-250701-0001", true)]
    [InlineData("000.00.15.h22-250701-0001", true)]
    [InlineData("H22.123.45-991231-10000", true)]
    [InlineData("H22-250701-999999999999999999", true)]
    [InlineData("000.00.15.H22-250701-001", false)]
    [InlineData("000.00.15.H22-250701-00001", false)]
    [InlineData("000.00.15.H22-25070-0001", false)]
    [InlineData(".H22-250701-0001", false)]
    [InlineData("000..15.H22-250701-0001", false)]
    [InlineData("SởTưPháp-250701-0001", false)]
    [InlineData("H22-250701-0001-2", false)]
    [InlineData("H22-250701-1234567890123456789", false)]
    public void The_pattern_given_to_API_clients_says_the_shape_Parse_reads_R50(string text, bool shaped)
    {
        Assert.Equal(shaped, Regex.IsMatch(text, DossierCode.Pattern));
        if (shaped)
            Assert.True(DossierCode.TryParse(text, out _));
        else
            Assert.False(DossierCode.TryParse(text, out _));
    }

    [Fact]
    public void MaxLength_is_the_length_of_the_longest_valid_code_R50()
    {
        var longest = new DossierCode(new string('A', DossierCode.MaxAgencyIdLength), July1, 999_999_999_999_999_999).ToString();
        Assert.Equal(DossierCode.MaxLength, longest.Length);
        Assert.Equal(longest, DossierCode.Parse(longest).ToString());
        // Anything longer is not a code: one more character in the agency id or in the sequence.
        Assert.False(DossierCode.TryParse("A" + longest, out _));
        Assert.False(DossierCode.TryParse(longest + "9", out _));
    }
}
