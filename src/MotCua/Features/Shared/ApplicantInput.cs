using MotCua.Features.Shared;
using MotCua.Domain.Dossiers;
namespace MotCua.Features.Shared;

/// <summary>The applicant as typed on the portal's form or sent to the API (the portal's and the counter's), read by <see cref="Applicant.Create"/>; its property names are the domain's field names.</summary>
public sealed class ApplicantInput
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

    public Checked<Applicant> Read() =>
        Applicant.Create(Name, IdentityNumber, Address, Phone, Email, IsOrganization, NotifyChoice.From(NotifyByEmail, NotifyBySms));
}

/// <summary>The two tick boxes of the forms (and the API's two booleans) as the applicant's channels.</summary>
public static class NotifyChoice
{
    public static NotifyBy From(bool email, bool sms) => (email ? NotifyBy.Email : NotifyBy.None) | (sms ? NotifyBy.Sms : NotifyBy.None);
}
