using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Feedback;

public sealed class RegulationProposalTests
{
    const string Center = "center";
    static readonly Locality Default = new(LocalityProfiles.Default, Vietnam2026);

    static readonly Actor Citizen = new("applicant", "Lê Thị Mai", Role.Applicant, "");
    static readonly Actor Staff = new("gs", "Phạm Thu Hà", Role.CenterStaff, Center);
    static readonly Actor Director = new("gd", "Lê Quang Vinh", Role.CenterDirector, Center);
    static readonly Actor Reception = new("tn1", "Nguyễn Thị Lan", Role.Reception, Center);
    static readonly Actor Processor = new("cv1", "Hoàng Văn Nam", Role.Processor, "tuphap");
    static readonly Actor OtherCenter = new("gsx", "Hà Thị Xã", Role.CenterStaff, "xa");
    static readonly DateTimeOffset Monday = Local("2026-11-23T09:00");
    static readonly FeedbackSender Sender = FeedbackSender.Create("Lê Thị Mai", "0912345678", null, null).Value!;

    static int _next;

    static FeedbackItem Item(FeedbackTopic topic = FeedbackTopic.Regulation, string center = Center)
    {
        var outcome = FeedbackItem.Receive($"PA-{Interlocked.Increment(ref _next)}", center, FeedbackChannel.Portal, topic, Sender, "Giấy tờ thừa",
            "Thủ tục đăng ký khai sinh còn đòi bản sao sổ hộ khẩu.", null, topic == FeedbackTopic.AgencyHandling ? "tuphap" : null, Citizen, Monday, Default);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    static RegulationProposal Draft(params FeedbackItem[] items)
    {
        var outcome = RegulationProposal.Draft("KN-2611-001", Center, "Thủ tục đăng ký khai sinh", "1.001193", "Chủ tịch UBND tỉnh", null, items, Staff, Monday);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    [Fact]
    public void Only_the_Centers_staff_and_director_aggregate_items_about_a_regulation_R34()
    {
        foreach (var by in new[] { Reception, Processor, Citizen })
            Assert.Equal(nameof(ProposalRules.RoleNotAllowed),
                RegulationProposal.Draft("KN-2611-001", Center, "Thủ tục", null, null, null, [Item()], by, Monday).Broken!.Name);
        Assert.Equal(nameof(ProposalRules.NotYourCenter),
            RegulationProposal.Draft("KN-2611-001", Center, "Thủ tục", null, null, null, [Item()], OtherCenter, Monday).Broken!.Name);
        Assert.True(RegulationProposal.Draft("KN-2611-001", Center, "Thủ tục", null, null, null, [Item()], Director, Monday).Succeeded);

        var proposal = Draft(Item());
        Assert.Equal(nameof(ProposalRules.RoleNotAllowed), proposal.WhyNot(ProposalCommand.Edit, Processor)!.Name);
        Assert.Equal(nameof(ProposalRules.RoleNotAllowed), proposal.Add([Item()], Reception).Broken!.Name);
        Assert.Equal(nameof(ProposalRules.NotYourCenter), proposal.Send([], OtherCenter, Monday).Broken!.Name);
    }

    [Fact]
    public void A_draft_needs_a_title_R34()
    {
        Assert.Equal(ProposalRules.TitleRequired,
            RegulationProposal.Draft("KN-2611-001", Center, "  ", null, null, null, [], Staff, Monday).Broken);
        var proposal = Draft();
        Assert.Equal(ProposalRules.TitleRequired, proposal.Edit(" ", null, null, "Bỏ yêu cầu", Staff).Broken);
        Assert.Equal("Thủ tục đăng ký khai sinh", proposal.Title);
    }

    [Fact]
    public void Only_items_about_a_regulation_of_the_same_Center_not_refused_are_added_and_the_draft_is_left_unchanged_R34()
    {
        var proposal = Draft();
        var regulation = Item();
        var coordination = Item(FeedbackTopic.CenterCoordination);
        var broken = proposal.Add([regulation, coordination], Staff).Broken;
        Assert.Equal(ProposalRules.OnlyRegulationItems(coordination.Code), broken);
        Assert.Contains("không phải về quy định hành chính", broken!.Message);
        Assert.Empty(proposal.ItemCodes);
        Assert.Null(regulation.ProposalCode);

        Assert.Equal(nameof(ProposalRules.OtherCenter), proposal.Add([Item(center: "xa")], Staff).Broken!.Name);
        var refused = Item();
        Assert.True(refused.Refuse("Trùng với phản ánh đã tiếp nhận.", Staff, Monday).Succeeded);
        Assert.Equal(nameof(ProposalRules.RefusedItem), proposal.Add([refused], Staff).Broken!.Name);

        Assert.True(proposal.Add([regulation], Staff).Succeeded);
        Assert.Equal([regulation.Code], proposal.ItemCodes);
        Assert.Equal(proposal.Code, regulation.ProposalCode);
    }

    [Fact]
    public void An_item_belongs_to_one_proposal_and_joins_another_once_removed_R34()
    {
        var item = Item();
        var first = Draft(item);
        var second = RegulationProposal.Draft("KN-2611-002", Center, "Thủ tục khác", null, null, null, [], Staff, Monday).Value!;
        Assert.Equal(ProposalRules.InAnotherProposal(item.Code, first.Code), second.Add([item], Staff).Broken);
        Assert.Equal(nameof(ProposalRules.NotInProposal), second.Remove(item, Staff).Broken!.Name);

        Assert.True(first.Remove(item, Staff).Succeeded);
        Assert.Empty(first.ItemCodes);
        Assert.True(second.Add([item], Staff).Succeeded);
        Assert.Equal(second.Code, item.ProposalCode);
    }

    [Fact]
    public void An_item_in_a_proposal_keeps_its_topic_until_removed_R34()
    {
        var item = Item();
        var proposal = Draft(item);
        Assert.Equal(ProposalRules.InProposal(proposal.Code), item.Classify(FeedbackTopic.CenterCoordination, null, Staff, Monday, Default).Broken);
        Assert.True(item.Classify(FeedbackTopic.Regulation, null, Staff, Monday, Default).Succeeded);
        Assert.True(proposal.Remove(item, Staff).Succeeded);
        Assert.True(item.Classify(FeedbackTopic.CenterCoordination, null, Staff, Monday, Default).Succeeded);
    }

    [Fact]
    public void Sending_needs_an_item_a_text_and_an_addressee_R34()
    {
        var proposal = Draft();
        Assert.Equal(ProposalRules.ItemsRequired, proposal.Send([], Staff, Monday).Broken);
        var item = Item();
        Assert.True(proposal.Add([item], Staff).Succeeded);
        Assert.Equal(ProposalRules.TextRequired, proposal.Send([item], Staff, Monday).Broken);
        Assert.True(proposal.Edit(proposal.Title, null, " ", "Bỏ yêu cầu bản sao sổ hộ khẩu.", Staff).Succeeded);
        Assert.Equal(ProposalRules.AddressedToRequired, proposal.Send([item], Staff, Monday).Broken);
        Assert.Equal(ProposalState.Draft, proposal.State);
    }

    [Fact]
    public void An_item_refused_after_it_joined_the_draft_stops_the_sending_until_removed_R34()
    {
        var kept = Item();
        var refused = Item();
        var proposal = Draft(kept, refused);
        Assert.True(proposal.Edit(proposal.Title, null, "Chủ tịch UBND tỉnh", "Bỏ yêu cầu bản sao sổ hộ khẩu.", Staff).Succeeded);
        Assert.True(refused.Refuse("Trùng.", Staff, Monday).Succeeded);
        Assert.Equal(ProposalRules.RefusedItem(refused.Code), proposal.Send([kept, refused], Staff, Monday).Broken);
        Assert.DoesNotContain(kept.Events, e => e.Action.StartsWith("Tổng hợp", StringComparison.Ordinal));
        Assert.True(proposal.Remove(refused, Staff).Succeeded);
        Assert.True(proposal.Send([kept], Staff, Monday).Succeeded);
    }

    [Fact]
    public void A_sent_proposal_records_itself_in_each_items_history_leaves_the_answer_to_come_and_is_unchanged_after_R34_R52()
    {
        var first = Item();
        var second = Item();
        var proposal = Draft(first, second);
        Assert.True(proposal.Edit("Thủ tục đăng ký khai sinh", "1.001193", "Chủ tịch UBND tỉnh", "Bỏ yêu cầu bản sao sổ hộ khẩu vì đã có CSDL dân cư.", Director).Succeeded);
        var at = Local("2026-11-24T10:00");
        Assert.True(proposal.Send([second, first], Director, at).Succeeded);

        Assert.Equal((ProposalState.Sent, at, "Lê Quang Vinh"), (proposal.State, proposal.SentAt, proposal.SentBy));
        foreach (var item in new[] { first, second })
        {
            Assert.Equal($"Tổng hợp vào kiến nghị {proposal.Code}", item.Events[^1].Action);
            Assert.Contains("Chủ tịch UBND tỉnh", item.Events[^1].Note);
            // The sender still gets their written answer, within the item's own deadline.
            Assert.Equal(FeedbackState.Received, item.State);
            Assert.Null(item.WhyNot(FeedbackCommand.Answer, Staff));
        }
        Assert.True(first.AnswerWith($"Trung tâm đã kiến nghị sửa đổi (kiến nghị {proposal.Code}).", Staff, at, Default).Succeeded);

        foreach (var command in Enum.GetValues<ProposalCommand>())
            Assert.Equal(nameof(ProposalRules.AlreadySent), proposal.WhyNot(command, Staff)!.Name);
        Assert.Equal(nameof(ProposalRules.AlreadySent), proposal.Edit("Khác", null, "Khác", "Khác", Staff).Broken!.Name);
        Assert.Equal(nameof(ProposalRules.AlreadySent), proposal.Add([Item()], Staff).Broken!.Name);
        Assert.Equal(nameof(ProposalRules.AlreadySent), proposal.Remove(first, Staff).Broken!.Name);
        Assert.Equal(nameof(ProposalRules.AlreadySent), proposal.Send([first, second], Staff, at).Broken!.Name);
        Assert.Equal("Bỏ yêu cầu bản sao sổ hộ khẩu vì đã có CSDL dân cư.", proposal.Text);
        Assert.Equal(proposal.Code, first.ProposalCode);
    }
}
