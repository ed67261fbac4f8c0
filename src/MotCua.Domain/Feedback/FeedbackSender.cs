using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Feedback;

/// <summary>Who sent a piece of feedback, and how to answer them in writing: a phone number or an e-mail address, or both.</summary>
public sealed record FeedbackSender
{
    public const int MaxNameLength = Applicant.MaxNameLength;
    public const int MaxAddressLength = Applicant.MaxAddressLength;
    public const int MaxEmailLength = Applicant.MaxEmailLength;

    FeedbackSender(string name, string? phone, string? email, string? address)
    {
        Name = name;
        Phone = phone;
        Email = email;
        Address = address;
    }

    public string Name { get; private init; }
    public string? Phone { get; private init; }
    public string? Email { get; private init; }
    public string? Address { get; private init; }

    /// <summary>The sender as typed, trimmed, or every wrong field (named as these properties) with a Vietnamese message.</summary>
    public static Checked<FeedbackSender> Create(string? name, string? phone, string? email, string? address)
    {
        var errors = new List<FieldError>();
        void Check(string field, string? problem)
        {
            if (problem is not null)
                errors.Add(new FieldError(field, problem));
        }

        name = name?.Trim() ?? "";
        Check(nameof(Name), name.Length == 0 ? "Nhập họ và tên người gửi." : FormText.Problem(name, "Họ và tên", MaxNameLength));

        PhoneNumber? parsedPhone = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            PhoneNumber.TryParse(phone, out parsedPhone, out var phoneProblem);
            Check(nameof(Phone), parsedPhone is null ? phoneProblem : null);
        }

        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Check(nameof(Email), email is null ? null : EmailAddress.Problem(email));
        if (string.IsNullOrWhiteSpace(phone) && email is null)
            Check(nameof(Phone), "Nhập số điện thoại hoặc địa chỉ thư điện tử để nhận trả lời.");

        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Check(nameof(Address), address is null ? null : FormText.Problem(address, "Địa chỉ", MaxAddressLength));

        return errors.Count > 0 ? new(null, errors) : new(new FeedbackSender(name, parsedPhone?.ToString(), email, address), []);
    }

    /// <summary>The sender as an officer records them for the Center itself (their own feedback on its management).</summary>
    public static FeedbackSender Officer(Actor officer) => new(officer.Name, null, null, null);
}
