using System.Net.Mail;

namespace MotCua.Domain.Dossiers;

/// <summary>An e-mail address as typed by an applicant or a sender of feedback.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>Null when the mail servers take the address as written (ASCII, exactly what MailAddress reads); otherwise the message.</summary>
    public static string? Problem(string email) =>
        email.Length > MaxLength || !email.All(c => char.IsAscii(c) && !char.IsControl(c))
            || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email
            ? $"Địa chỉ thư điện tử không hợp lệ (dạng ten@vi-du.vn, tối đa {MaxLength} ký tự)."
            : null;
}
