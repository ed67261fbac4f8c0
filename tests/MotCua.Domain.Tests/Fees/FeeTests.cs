using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Fees;

public sealed class FeeTests
{
    static Collection Collect(Dossier d, string at, IReadOnlyList<FeeChoice>? choices = null, string? category = null, Actor? by = null,
        PaymentMethod method = PaymentMethod.Cash, Locality? locality = null)
    {
        var outcome = d.CollectFees(choices ?? [], category, method, by ?? Reception, Local(at), locality ?? Default);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    [Fact]
    public void A_pay_before_dossier_is_not_transferred_until_paid_and_the_receipt_lists_what_was_charged_R29()
    {
        var d = Received(procedure: PaidProcedure());
        Assert.Equal(FeeTiming.BeforeProcessing, d.FeesDueNow);
        Broken("R29", d.Transfer(Reception, Local("2026-11-23T10:05"), Default));
        Assert.Equal(nameof(FeeRules.FeesNotPaid), d.Refusal(DossierCommand.Transfer, Reception, Local("2026-11-23T10:05"), Default)!.Name);

        var collection = Collect(d, "2026-11-23T10:05", [new FeeChoice("Phí cấp bản sao, mỗi bản", 3)]);

        Assert.NotNull(collection.ReceiptId);
        Assert.Equal(74_000, collection.Bill.Total);
        Assert.Equal([("Lệ phí cấp giấy chứng nhận", 1, 50_000L), ("Phí cấp bản sao, mỗi bản", 3, 24_000L)],
            collection.Bill.Items.Select(i => (i.Name, i.Quantity, i.Amount)));
        Assert.Null(d.FeesDueNow);
        Assert.Equal(DossierAction.CollectFees, d.History[^1].Action);
        Assert.Equal(DossierState.Received, d.State);
        Ok(d.Transfer(Reception, Local("2026-11-23T10:10"), Default));
    }

    [Fact]
    public void A_result_is_not_returned_while_fees_on_return_are_unpaid_and_a_refusal_owes_none_R29_R17()
    {
        var d = Received(procedure: PaidProcedure());
        Collect(d, "2026-11-23T10:05");
        Ok(d.Transfer(Reception, Local("2026-11-23T10:10"), Default));
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-24T09:30"), Default));
        Ok(d.RecordResult("Giấy chứng nhận số 12", Processor, Local("2026-11-24T14:00"), Default));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-24T15:00"), Default));

        Assert.Equal(FeeTiming.OnReturn, d.FeesDueNow);
        Broken("R29", d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, Reception, Local("2026-11-24T16:00")));
        Assert.Equal(20_000, Collect(d, "2026-11-24T16:00").Bill.Total);
        Ok(d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, Reception, Local("2026-11-24T16:05")));

        var refused = Received(procedure: PaidProcedure());
        Collect(refused, "2026-11-23T10:05");
        Ok(refused.Transfer(Reception, Local("2026-11-23T10:10"), Default));
        Ok(refused.Refuse("Không đủ điều kiện", Processor, Local("2026-11-23T11:00"), Default));
        Assert.Null(refused.FeesDueNow);
    }

    [Fact]
    public void An_exempted_applicant_pays_nothing_and_gets_no_receipt_a_reduced_one_pays_the_rounded_rest_R28()
    {
        var exempt = Received(procedure: PaidProcedure());
        var collection = Collect(exempt, "2026-11-23T10:05", category: "Hộ nghèo");
        Assert.Null(collection.ReceiptId);
        Assert.Equal(PaymentMethod.Exempt, exempt.Payments.Single().Method);
        Ok(exempt.Transfer(Reception, Local("2026-11-23T10:10"), Default));

        var elderly = Received(procedure: PaidProcedure());
        Assert.Equal(25_000, Collect(elderly, "2026-11-23T10:05", category: "Người cao tuổi").Bill.Total);

        var unknown = Received(procedure: PaidProcedure());
        Assert.Equal(nameof(FeeRules.UnknownReduction),
            unknown.CollectFees([], "Sinh viên", PaymentMethod.Cash, Reception, Local("2026-11-23T10:05"), Default).Broken!.Name);
        Assert.Empty(unknown.Payments);
    }

    [Fact]
    public void Under_a_sole_collector_profile_an_agency_officer_is_refused_and_under_Bac_Kan_the_agency_collects_R29()
    {
        var bacNinh = At(LocalityProfiles.Get("bac-ninh-province-2023"));
        var d = Received(procedure: PaidProcedure(), locality: bacNinh);
        Assert.Equal(FeeCollector.Center, d.FeeCollector);
        Assert.Equal(nameof(FeeRules.CenterIsSoleCollector),
            d.CollectFees([], null, PaymentMethod.Cash, Processor, Local("2026-11-23T10:05"), bacNinh).Broken!.Name);
        Collect(d, "2026-11-23T10:05", locality: bacNinh);

        var bacKan = At(LocalityProfiles.Get("bac-kan-ward-2025"));
        var agencyCollects = Received(procedure: PaidProcedure(), locality: bacKan);
        Assert.Equal(FeeCollector.Agency, agencyCollects.FeeCollector);
        Assert.NotNull(agencyCollects.Refusal(DossierCommand.CollectFees, Reception, Local("2026-11-23T10:05"), bacKan));
        Collect(agencyCollects, "2026-11-23T10:05", by: Processor, locality: bacKan);

        // An agency that authorized the Center to collect on its behalf (thu hộ).
        var authorized = bacKan with { AgencyFeeCollectors = new Dictionary<string, FeeCollector> { [Agency] = FeeCollector.Center } };
        Assert.Equal(FeeCollector.Center, Received(procedure: PaidProcedure(), locality: authorized).FeeCollector);
        // A sole-collector profile overrides any agency's choice.
        var overridden = bacNinh with { AgencyFeeCollectors = new Dictionary<string, FeeCollector> { [Agency] = FeeCollector.Agency } };
        Assert.Equal(FeeCollector.Center, overridden.FeeCollectorFor(Agency));
    }

    [Fact]
    public void Only_the_gateway_records_an_online_payment_and_an_officer_never_does_R29()
    {
        var d = Received(procedure: PaidProcedure());
        Assert.Equal(nameof(FeeRules.NotOnline), d.CollectFees([], null, PaymentMethod.Online, Reception, Local("2026-11-23T10:05"), Default).Broken!.Name);
        Assert.Equal(nameof(FeeRules.NotOnline), d.CollectFees([], null, PaymentMethod.Cash, Job, Local("2026-11-23T10:05"), Default).Broken!.Name);
        Collect(d, "2026-11-23T10:05", by: Job, method: PaymentMethod.Online);
        Assert.Equal(nameof(FeeRules.NothingToCollect), d.Refusal(DossierCommand.CollectFees, Job, Local("2026-11-23T10:06"), Default)!.Name);
    }

    [Fact]
    public void A_cancelled_receipt_stays_and_makes_the_fees_due_again_a_refund_is_bounded_and_once_R29_R52()
    {
        var d = Received(procedure: PaidProcedure());
        var first = Collect(d, "2026-11-23T10:05").ReceiptId!.Value;
        Assert.Equal(nameof(DossierRules.RoleNotAllowed), d.CancelReceipt(first, "Ghi sai", Reception, Local("2026-11-23T10:06"), Default).Broken!.Name);
        Broken("R13", d.CancelReceipt(first, " ", Director, Local("2026-11-23T10:06"), Default));
        Ok(d.CancelReceipt(first, "Ghi sai số tiền", Director, Local("2026-11-23T10:06"), Default));
        Assert.False(d.Payments.Single().IsValid);
        Assert.Equal(FeeTiming.BeforeProcessing, d.FeesDueNow);
        Broken("R29", d.Transfer(Reception, Local("2026-11-23T10:07"), Default));

        var second = Collect(d, "2026-11-23T10:08").ReceiptId!.Value;
        Assert.Equal(2, d.Payments.Count);
        Assert.Equal(nameof(FeeRules.NoSuchReceipt), d.RefundFees(first, 1_000, "Hoàn", Director, Local("2026-11-23T10:09"), Default).Broken!.Name);
        Assert.Equal(nameof(FeeRules.RefundOutOfRange), d.RefundFees(second, 50_001, "Hoàn", Director, Local("2026-11-23T10:09"), Default).Broken!.Name);
        Ok(d.RefundFees(second, 50_000, "Người nộp rút hồ sơ", Director, Local("2026-11-23T10:09"), Default));
        Assert.Equal(nameof(FeeRules.AlreadyRefunded), d.RefundFees(second, 1, "Hoàn", Director, Local("2026-11-23T10:10"), Default).Broken!.Name);
        Assert.Equal(nameof(FeeRules.RefundedCannotBeCancelled), d.CancelReceipt(second, "Hủy", Director, Local("2026-11-23T10:10"), Default).Broken!.Name);
        Assert.Equal([DossierAction.CollectFees, DossierAction.CancelReceipt, DossierAction.CollectFees, DossierAction.RefundFees],
            d.History.Skip(1).Select(h => h.Action));
    }

    [Theory]
    [InlineData("Lệ phí không có", 1, nameof(FeeRules.UnknownFee))]
    [InlineData("Phí cấp bản sao, mỗi bản", -1, nameof(FeeRules.QuantityOutOfRange))]
    [InlineData("Phí cấp bản sao, mỗi bản", 10_001, nameof(FeeRules.QuantityOutOfRange))]
    [InlineData("Lệ phí cấp giấy chứng nhận", 2, nameof(FeeRules.QuantityOutOfRange))]
    [InlineData("Lệ phí cấp giấy chứng nhận", 0, nameof(FeeRules.QuantityOutOfRange))]
    public void A_choice_outside_the_schedule_is_refused_by_name_R28(string fee, int quantity, string rule)
    {
        var lines = PaidFees.Where(f => f.Timing == FeeTiming.BeforeProcessing).ToList();
        Assert.Equal(rule, FeeAssessment.Assess(lines, [new FeeChoice(fee, quantity)], null).Broken!.Name);
    }

    [Fact]
    public void The_same_line_chosen_twice_is_refused_and_amounts_round_to_the_nearest_dong_R28()
    {
        var lines = PaidFees.Where(f => f.Timing == FeeTiming.BeforeProcessing).ToList();
        Assert.Equal(nameof(FeeRules.FeeChosenTwice),
            FeeAssessment.Assess(lines, [new FeeChoice("Phí cấp bản sao, mỗi bản", 1), new FeeChoice("Phí cấp bản sao, mỗi bản", 2)], null).Broken!.Name);
        Assert.Equal(50, FeeAssessment.Reduced(99, 50));
        Assert.Equal(1, FeeAssessment.Reduced(1, 50));
        Assert.Equal(836_000, FeeAssessment.Reduced(880_000, 5));
    }

    [Fact]
    public void A_schedule_with_a_negative_amount_a_duplicate_name_an_unknown_case_or_a_reduction_without_basis_is_not_published_R28()
    {
        ProcedureCase[] cases = [new("Thông thường", MotCua.Domain.Time.TimeLimit.WorkingDays(5))];
        Assert.Empty(Fee.Problems(PaidFees, cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", -1)], cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", 1), new Fee("Lệ phí", 2)], cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", 1) { Case = "Khẩn" }], cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", 1) { Reductions = [new FeeReduction("Hộ nghèo", 100, " ")] }], cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", 1) { Reductions = [new FeeReduction("Hộ nghèo", 101, "NQ 12")] }], cases));
        Assert.Single(Fee.Problems([new Fee("Lệ phí", 1) { Channels = new HashSet<Channel>() }], cases));
    }

    [Fact]
    public void Lines_apply_to_their_case_and_channel_only_R28()
    {
        var version = Version(new DateOnly(2025, 7, 1), fees:
        [
            new Fee("Lệ phí nộp trực tiếp", 50_000) { Channels = new HashSet<Channel> { Channel.InPerson, Channel.Post } },
            new Fee("Lệ phí nộp trực tuyến", 40_000) { Channels = new HashSet<Channel> { Channel.Online } },
            new Fee("Lệ phí giải quyết trong ngày", 10_000) { Case = "Trong ngày" },
        ]);
        Assert.Equal(["Lệ phí nộp trực tuyến"], FeeAssessment.Lines(version, "Thông thường", Channel.Online, FeeTiming.BeforeProcessing).Select(f => f.Name));
        Assert.Equal(["Lệ phí nộp trực tiếp", "Lệ phí giải quyết trong ngày"],
            FeeAssessment.Lines(version, "Trong ngày", Channel.InPerson, FeeTiming.BeforeProcessing).Select(f => f.Name));
    }

    [Fact]
    public void Of_alternative_lines_exactly_one_is_charged_R28()
    {
        IReadOnlyList<Fee> lines =
        [
            new Fee("Phí thẩm định – đất", 880_000) { Kind = FeeKind.Fee, Choice = "Đối tượng chứng nhận" },
            new Fee("Phí thẩm định – đất và tài sản", 1_250_000) { Kind = FeeKind.Fee, Choice = "Đối tượng chứng nhận" },
        ];
        Assert.Equal(nameof(FeeRules.ChooseOne), FeeAssessment.Assess(lines, [], null).Broken!.Name);
        Assert.Equal(nameof(FeeRules.ChooseOne),
            FeeAssessment.Assess(lines, [new FeeChoice("Phí thẩm định – đất", 1), new FeeChoice("Phí thẩm định – đất và tài sản", 1)], null).Broken!.Name);
        Assert.Equal(1_250_000, FeeAssessment.Assess(lines, [new FeeChoice("Phí thẩm định – đất và tài sản", 1)], null).Value!.Total);
    }
}
