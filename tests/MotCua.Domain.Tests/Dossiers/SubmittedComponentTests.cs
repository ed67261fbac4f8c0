using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>The one reading of the components handed in, for the counter, the portal, the API and supplements.</summary>
public class SubmittedComponentTests
{
    static readonly Catalog.ProcedureVersion Published = Version(new DateOnly(2025, 7, 1));

    [Fact]
    public void Named_components_take_their_published_counts_once_each_R4()
    {
        var read = SubmittedComponent.Read(Published, [" Tờ khai theo mẫu ", "Bản sao giấy tờ chứng minh", "Tờ khai theo mẫu"]);
        Assert.Equal(Complete, read.Value);
    }

    [Fact]
    public void Counts_given_are_kept_and_checked()
    {
        var read = SubmittedComponent.Read(Published, [new ComponentInput("Tờ khai theo mẫu", 2, 1)]);
        Assert.Equal([new SubmittedComponent("Tờ khai theo mẫu", 2, 1)], read.Value);
        var none = SubmittedComponent.Read(Published, [new ComponentInput("Tờ khai theo mẫu", 0, 0), new ComponentInput("Bản sao giấy tờ chứng minh", -1, 2)]);
        Assert.Equal(["Components[0]", "Components[1]"], none.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_name_outside_the_list_is_left_for_the_aggregate_to_refuse_R4()
    {
        var read = SubmittedComponent.Read(Published, ["Giấy xác nhận của tổ dân phố"]);
        Assert.Equal([new SubmittedComponent("Giấy xác nhận của tổ dân phố", 1, 0)], read.Value);
        Assert.Equal("R4", Assert.IsType<BrokenRule>(Dossier.Receive(Code(1), Center, Procedure(), "Thông thường", Citizen, read.Value!,
            Catalog.Channel.InPerson, Catalog.Channel.InPerson, Reception, DateTimeOffset.Parse("2026-11-23T10:00+07:00"), Default).Broken).RuleId);
    }

    [Fact]
    public void Nulls_blanks_and_nothing_are_refused_with_the_place_named()
    {
        var read = SubmittedComponent.Read(Published, [null, new ComponentInput("  "), new ComponentInput("Tờ khai theo mẫu")]);
        Assert.Null(read.Value);
        Assert.Equal(["Components[0]", "Components[1]"], read.Errors.Select(e => e.Field));
        Assert.Equal("Thành phần hồ sơ thứ 1 không có tên.", read.Errors[0].Message);
        Assert.Equal("Chọn các thành phần hồ sơ đã nộp.", Assert.Single(SubmittedComponent.Read(Published, (IReadOnlyList<ComponentInput?>?)null).Errors).Message);
        Assert.Empty(SubmittedComponent.Read(Published, Array.Empty<string>(), allowNone: true).Value!);
    }
}
