using System.Net.Mail;
using System.Text.RegularExpressions;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Portal;

/// <summary>The applicant as typed on the portal's form or sent to the API, before it is checked.</summary>
public sealed partial class ApplicantInput
{
    public string? Name { get; set; }
    /// <summary>Số định danh cá nhân (12 digits), or an organization's enterprise or tax code.</summary>
    public string? IdentityNumber { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool IsOrganization { get; set; }
    /// <summary>News of the dossier by e-mail (when an address is given) and by SMS; both unless the applicant unticks them.</summary>
    public bool NotifyByEmail { get; set; } = true;
    public bool NotifyBySms { get; set; } = true;

    /// <summary>
    /// Checks every field, reporting each wrong one in Vietnamese as <c>error(field, message)</c>;
    /// the cleaned-up applicant when all are right.
    /// </summary>
    public Applicant? Check(Action<string, string> error)
    {
        var valid = true;
        void Fail(string field, string message)
        {
            error(field, message);
            valid = false;
        }

        var name = Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
            Fail(nameof(Name), IsOrganization ? "Nhập tên tổ chức (tối đa 200 ký tự)." : "Nhập họ và tên người nộp (tối đa 200 ký tự).");

        var identity = Strip(IdentityNumber);
        if (IsOrganization && !TaxCode().IsMatch(identity))
            Fail(nameof(IdentityNumber), "Mã số doanh nghiệp (mã số thuế) của tổ chức gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc.");
        else if (!IsOrganization && !PersonalNumber().IsMatch(identity))
            Fail(nameof(IdentityNumber), "Số định danh cá nhân (số căn cước) gồm 12 chữ số.");

        var address = Address?.Trim() ?? "";
        if (address.Length is 0 or > 300)
            Fail(nameof(Address), "Nhập địa chỉ liên hệ (tối đa 300 ký tự).");

        var phone = Strip(Phone);
        if (!PhoneNumber().IsMatch(phone))
            Fail(nameof(Phone), "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng số 0.");

        var email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            Fail(nameof(Email), "Địa chỉ thư điện tử không hợp lệ.");

        return valid ? new Applicant(name, identity, address, phone, email, IsOrganization, Notifications.NotifyChoice.From(NotifyByEmail, NotifyBySms)) : null;
    }

    /// <summary>People write numbers in groups: "0912 345 678", "0912.345.678".</summary>
    static string Strip(string? text) => new((text ?? "").Where(c => c is not (' ' or '.' or '-')).ToArray());

    [GeneratedRegex(@"^0\d{9}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex PersonalNumber();

    [GeneratedRegex(@"^\d{10}(\d{3})?$")]
    private static partial Regex TaxCode();
}
