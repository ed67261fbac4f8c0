using MotCua.Domain.Dossiers;

namespace MotCua.Tests;

/// <summary>Applicants made as every edge makes them, through <see cref="Applicant.Create"/>.</summary>
public static class TestApplicants
{
    public static Applicant Individual(string name, string address, string phone = "0912345678", string? email = null, string identityNumber = "001190012345",
        NotifyBy notifyBy = NotifyBy.Email | NotifyBy.Sms) =>
        Applicant.Create(name, identityNumber, address, phone, email, isOrganization: false, notifyBy).Value
        ?? throw new ArgumentException("Not a valid applicant.", nameof(name));
}
