
namespace MotCua.Domain.Dossiers;

/// <summary>
/// The organization or individual who applies (tổ chức, cá nhân), and how they want to hear about the dossier.
/// Made only by <see cref="Create"/>, the one reading of an applicant for the counter, the portal and the API,
/// so every applicant kept fits its columns and prints on the forms, and every phone went through <see cref="PhoneNumber"/>.
/// </summary>
public sealed record Applicant
{
    // One limit per field, the width of its column (the EF model reads them).
    public const int MaxNameLength = 200;
    /// <summary>A personal number has 12 digits; an enterprise (tax) code 10, or 13 for a dependent unit.</summary>
    public const int MaxIdentityNumberLength = 13;
    public const int MaxAddressLength = 500;
    public const int MaxEmailLength = EmailAddress.MaxLength;
    public const int MaxPhoneLength = PhoneNumber.MaxLength;

    Applicant(string name, string? identityNumber, string address, string phone, string? email, bool isOrganization, NotifyBy notifyBy)
    {
        Name = name;
        IdentityNumber = identityNumber;
        Address = address;
        Phone = phone;
        Email = email;
        IsOrganization = isOrganization;
        NotifyBy = notifyBy;
    }

    public string Name { get; private init; }
    /// <summary>Số định danh cá nhân, or an organization's enterprise code; absent only on dossiers kept before it was required.</summary>
    public string? IdentityNumber { get; private init; }
    public string Address { get; private init; }
    /// <summary>
    /// The canonical form of a <see cref="PhoneNumber"/>. Kept as text, not converted by EF: the type's only
    /// door is <see cref="Create"/>, which parses it, and the column, the outbox and the register read it as text.
    /// </summary>
    public string Phone { get; private init; }
    public string? Email { get; private init; }
    public bool IsOrganization { get; private init; }
    public NotifyBy NotifyBy { get; private init; }

    /// <summary>
    /// The applicant as typed, trimmed, or every wrong field (named as these properties) with a Vietnamese message.
    /// The identity number is required of individuals and organizations alike: the receipt (Mẫu 01), the refusal
    /// (Mẫu 03) and the apology (Mẫu 04) all carry "Số định danh cá nhân/tổ chức" (LAW §6.1, 6.3, 6.4), and the
    /// national system identifies citizens by it (NĐ 69/2024), so a dossier without one cannot be issued its forms.
    /// </summary>
    public static Checked<Applicant> Create(string? name, string? identityNumber, string? address, string? phone, string? email,
        bool isOrganization, NotifyBy notifyBy)
    {
        var errors = new List<FieldError>();
        void Check(string field, string? problem)
        {
            if (problem is not null)
                errors.Add(new FieldError(field, problem));
        }

        name = name?.Trim() ?? "";
        Check(nameof(Name), name.Length == 0
            ? isOrganization ? "Nhập tên tổ chức nộp hồ sơ." : "Nhập họ và tên người nộp hồ sơ."
            : FormText.Problem(name, isOrganization ? "Tên tổ chức" : "Họ và tên", MaxNameLength));

        var identity = new string((identityNumber ?? "").Where(c => c is not (' ' or '.' or '-')).ToArray());
        Check(nameof(IdentityNumber), (isOrganization, identity.All(char.IsAsciiDigit) ? identity.Length : -1) switch
        {
            (false, 12) or (true, 10 or 13) => null,
            (false, _) => "Số định danh cá nhân (số căn cước) gồm 12 chữ số.",
            (true, _) => "Mã số doanh nghiệp (mã số thuế) của tổ chức gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc.",
        });

        address = address?.Trim() ?? "";
        Check(nameof(Address), address.Length == 0 ? "Nhập địa chỉ liên hệ của người nộp hồ sơ." : FormText.Problem(address, "Địa chỉ", MaxAddressLength));

        PhoneNumber.TryParse(phone, out var parsedPhone, out var phoneProblem);
        Check(nameof(Phone), parsedPhone is null ? phoneProblem : null);

        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Check(nameof(Email), email is null ? null : EmailAddress.Problem(email));

        return errors.Count > 0 ? new(null, errors) : new(new Applicant(name, identity, address, parsedPhone!.ToString(), email, isOrganization, notifyBy), []);
    }
}
