using System.Net;

namespace MotCua.Tests.Account;

public class SignInTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_officer_signs_in_and_lands_on_the_desk_of_their_role(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.Browser();
        var response = await client.PostFormAsync("/dang-nhap", new() { ["UserName"] = "tiepnhan1", ["Password"] = "MotCua@2026" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tiep-nhan", response.Headers.Location!.OriginalString);

        var wrong = await app.Browser().PostFormAsync("/dang-nhap", new() { ["UserName"] = "tiepnhan1", ["Password"] = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        for (var i = 0; i < 5; i++)
            await app.Browser().PostFormAsync("/dang-nhap", new() { ["UserName"] = "lanhdao1", ["Password"] = "sai-mat-khau" });
        var locked = await app.Browser().PostFormAsync("/dang-nhap", new() { ["UserName"] = "lanhdao1", ["Password"] = "MotCua@2026" });
        Assert.Contains("Tài khoản tạm khóa", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_posted_without_the_anti_forgery_token_is_rejected()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var response = await app.Browser().PostAsync("/dang-nhap",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "tiepnhan1", ["Password"] = "MotCua@2026" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
