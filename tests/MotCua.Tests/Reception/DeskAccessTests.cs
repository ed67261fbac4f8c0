using System.Net;
using MotCua.Domain.Catalog;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Reception;

/// <summary>The reception and return desks are for the Center's reception officers only, and only for their own Center's dossiers.</summary>
public class DeskAccessTests
{
    static readonly DateTimeOffset Friday = new(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Agencies do not receive dossiers themselves (R3); the Center receives and digitizes (R5).</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_reception_officers_of_the_Center_reach_its_desks_and_dossiers_R3_R5(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string online = "000.01.31.H22-261120-0201";
        const string atDesk = "000.01.31.H22-261120-0202";
        await SubmitOnlineAsync(app, online, Friday);
        await WithResultAsync(app, atDesk, Simple, Friday, Friday.AddHours(2), Channel.InPerson);

        string[] pages =
        [
            "/tiep-nhan", $"/tiep-nhan/thu-tuc/{Marriage}", $"/tiep-nhan/giay-hen/{atDesk}", $"/tiep-nhan/truc-tuyen/{online}",
            $"/tiep-nhan/phieu-bo-sung/{online}", $"/tiep-nhan/phieu-tu-choi/{online}", "/tra-ket-qua", $"/tra-ket-qua/{atDesk}",
        ];
        var anonymous = app.Browser();
        var processor = await app.SignedIn("chuyenvien1");
        var monitor = await app.SignedIn("giamsat");
        foreach (var page in pages)
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery());
            foreach (var other in new[] { processor, monitor })
            {
                var denied = await other.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
                Assert.StartsWith("/khong-co-quyen", denied.Headers.Location!.PathAndQuery());
            }
        }
        var post = await anonymous.PostAsync($"/tra-ket-qua/{atDesk}", new FormUrlEncodedContent([KeyValuePair.Create("CollectedBy", "x")]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/dang-nhap", post.Headers.Location!.PathAndQuery());

        // Another Center's reception officer: the dossiers of this Center do not exist for them.
        var stranger = await OtherCenterOfficerAsync(app);
        foreach (var page in new[] { $"/tiep-nhan/giay-hen/{atDesk}", $"/tiep-nhan/truc-tuyen/{online}", $"/tra-ket-qua/{atDesk}" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(online, await stranger.TextAsync("/tiep-nhan"));
        Assert.DoesNotContain(atDesk, await stranger.TextAsync("/tra-ket-qua"));
        var strangerPost = await stranger.PostFormAsync($"/tiep-nhan/truc-tuyen/{online}?handler=Refuse", new() { ["Reason"] = "x", ["Seen"] = "0" }, "/tiep-nhan");
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);

        // Their own Center's officer sees both.
        var own = await app.SignedIn("tiepnhan2");
        Assert.Contains(online, await own.TextAsync("/tiep-nhan"));
        Assert.Contains(atDesk, await own.TextAsync("/tra-ket-qua"));
    }
}

static class UriText
{
    /// <summary>The path and query of a redirect, relative or absolute.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
