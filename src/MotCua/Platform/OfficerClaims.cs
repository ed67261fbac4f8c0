using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Data;

namespace MotCua.Platform;

/// <summary>Puts the officer's unit and full name in the sign-in cookie, so scoping needs no query per request.</summary>
public sealed class OfficerClaims(UserManager<Officer> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Officer, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Officer officer)
    {
        var identity = await base.GenerateClaimsAsync(officer);
        identity.AddClaim(new Claim(CurrentOfficer.UnitClaim, officer.UnitId));
        identity.AddClaim(new Claim(CurrentOfficer.NameClaim, officer.FullName));
        return identity;
    }
}
