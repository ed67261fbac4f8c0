using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Applicants;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("0912-345-678", "0912345678")]
    [InlineData(" 0912345678 ", "0912345678")]
    [InlineData("+84912345678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("(+84) 912-345-678", "0912345678")]
    [InlineData("0387654321", "0387654321")]
    [InlineData("0521234567", "0521234567")]
    [InlineData("0701234567", "0701234567")]
    [InlineData("0812345678", "0812345678")]
    [InlineData("024 3825 1234", "02438251234")] // a Hà Nội landline: 11 digits
    [InlineData("(0236) 382 1234", "02363821234")]
    [InlineData("0212345678", "0212345678")] // a landline still numbered with 10 digits
    public void Reads_a_Vietnamese_number_in_its_canonical_form(string typed, string canonical)
    {
        Assert.True(PhoneNumber.TryParse(typed, out var phone, out var problem), problem);
        Assert.Equal(canonical, phone.ToString());
        Assert.Equal(PhoneNumber.Parse(canonical), phone);
    }

    [Theory]
    [InlineData("091234567")]        // a mobile with 9 digits
    [InlineData("09123456789")]      // a mobile with 11 digits
    [InlineData("021234567")]        // a landline with 9 digits
    [InlineData("021234567890")]     // a landline with 12 digits
    [InlineData("0112345678")]       // no such prefix
    [InlineData("0612345678")]
    [InlineData("912345678")]        // no leading 0
    [InlineData("84912345678")]      // the country code without its +
    [InlineData("+1 212 555 0100")]  // not Vietnamese
    [InlineData("0912a45678")]
    [InlineData("０９１２３４５６７８")] // full-width digits are not ASCII digits
    [InlineData("0912\t345678")]
    [InlineData("0912345678 0912345678 0912345678")]
    public void Refuses_what_is_not_a_Vietnamese_number_with_a_Vietnamese_message(string typed)
    {
        Assert.False(PhoneNumber.TryParse(typed, out _, out var problem));
        Assert.Equal(PhoneNumber.Shape, problem);
        Assert.Throws<FormatException>(() => PhoneNumber.Parse(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Asks_for_a_missing_number(string? typed)
    {
        Assert.False(PhoneNumber.TryParse(typed, out _, out var problem));
        Assert.Equal("Nhập số điện thoại.", problem);
    }

    [Fact]
    public void The_public_sees_only_the_last_four_digits()
    {
        var mobile = PhoneNumber.Parse("0912 345 678");
        Assert.Equal("******5678", mobile.Masked);
        Assert.Equal("*******1234", PhoneNumber.Parse("024 3825 1234").Masked);
        Assert.True(mobile.EndsWith("5678"));
        Assert.True(mobile.EndsWith(" 5678 "));
        Assert.False(mobile.EndsWith("678"));
        Assert.False(mobile.EndsWith("1234"));
        Assert.False(mobile.EndsWith(null));
    }

    [Fact]
    public void Two_spellings_of_one_number_are_equal()
    {
        Assert.Equal(PhoneNumber.Parse("+84 912 345 678"), PhoneNumber.Parse("0912.345.678"));
        Assert.NotEqual(PhoneNumber.Parse("0912345678"), PhoneNumber.Parse("0912345679"));
    }
}
