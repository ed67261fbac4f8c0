using System.Net;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Portal;

public partial class EdgeTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_form_the_reader_cannot_decode_or_a_stale_token_gets_a_Vietnamese_page_and_nothing_is_stored(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var citizen = app.Browser();
        var fields = new Dictionary<string, string>
        {
            ["Input.Topic"] = "CenterCoordination", ["Input.Name"] = "Lê Thị Mai", ["Input.Phone"] = "0912345678",
            ["Input.Subject"] = "Chờ lâu", ["Input.Text"] = "Tôi chờ\0 hai giờ.",
        };

        // A NUL is refused by the form reader itself, inside the anti-forgery check, before any page runs.
        var unreadable = await citizen.PostFormAsync("/phan-anh", fields);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var text = await unreadable.TextAsync();
        Assert.Contains("Nội dung không đọc được", text);
        Assert.Contains("ký tự rỗng NUL", text);

        fields["Input.Text"] = "Tôi chờ hai giờ.";
        fields["__RequestVerificationToken"] = "het-han";
        var stale = await citizen.PostAsync("/phan-anh", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("Trang đã hết hạn", await stale.TextAsync());

        await using var db = app.NewDbContext();
        Assert.Empty(db.FeedbackItems);
    }
}
