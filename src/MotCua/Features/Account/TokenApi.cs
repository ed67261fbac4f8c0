using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MotCua.Data;

namespace MotCua.Features.Account;

public sealed record TokenBody(string? UserName, string? Password);

/// <summary>Bearer tokens for the officers' API (ADR 7): an agency's own software signs in as an officer.</summary>
public static class TokenApi
{
    public static IServiceCollection AddOfficerTokens(this IServiceCollection services)
    {
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        return services;
    }

    public static void MapTokenApi(this RouteGroupBuilder api) =>
        api.MapPost("/token", TokenAsync).WithName("OfficerToken")
            .WithSummary("Đăng nhập cán bộ, nhận bearer token (hiệu lực 1 giờ) cho các địa chỉ /api/v1/officer.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    static async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, ProblemHttpResult>> TokenAsync(TokenBody body, SignInManager<Officer> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.UserName?.Trim() ?? "", body.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Đăng nhập không thành công",
                detail: result.IsLockedOut ? "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau 15 phút." : "Sai tên đăng nhập hoặc mật khẩu.");
        // The sign-in manager has written the token response itself.
        return TypedResults.Empty;
    }
}
