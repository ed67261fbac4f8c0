namespace MotCua.Domain.Tests.Applicants;

/// <summary>What can be printed on the forms, checked where the text is typed.</summary>
public class FormTextTests
{
    [Fact]
    public void A_reason_may_span_lines_but_not_carry_tabs_or_other_scripts()
    {
        Assert.Null(FormText.Problem("Thiếu giấy xác nhận.\r\nXin bổ sung bản chính.", "Lý do", multiline: true));
        Assert.Equal("Lý do có ký tự điều khiển (như tab) không được phép; chỉ xuống dòng khi cần.", FormText.Problem("Thiếu\tgiấy", "Lý do", multiline: true));
        Assert.StartsWith("Lý do có ký tự \"中\"", FormText.Problem("Thiếu 中", "Lý do", multiline: true));
        Assert.Equal($"Lý do không quá {FormText.MaxLength} ký tự.", FormText.Problem(new string('a', FormText.MaxLength + 1), "Lý do", multiline: true));
        Assert.Null(FormText.Problem(new string('a', FormText.MaxLength), "Lý do", multiline: true));
    }

    [Fact]
    public void Invisible_marks_and_odd_spaces_are_not_printable()
    {
        Assert.False(FormText.IsPrintable('\u200B'));
        Assert.False(FormText.IsPrintable('\u202E'));
        Assert.False(FormText.IsPrintable('\u2028'));
        Assert.False(FormText.IsPrintable('\u20AB')); // ₫: the forms' font has no glyph for it
        Assert.True(FormText.IsPrintable('đ'));
        Assert.True(FormText.IsPrintable('Ữ'));
        Assert.True(FormText.IsPrintable('€'));
    }
}
