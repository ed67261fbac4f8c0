using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class FileTests
{
    const string Hash = "4579fbf2740104b473bd355e10bad2bc7534f0496119a9390915199f1db01180";

    [Fact]
    public void The_Center_digitizes_the_components_handed_in_while_the_dossier_is_being_decided_R5()
    {
        var d = InProcessing();
        Broken("VAI-TRO", d.Digitize("Tờ khai theo mẫu", "to-khai.pdf", Hash, Processor, Local("2026-11-23T10:10")));
        Broken("PHAM-VI", d.Digitize("Tờ khai theo mẫu", "to-khai.pdf", Hash, new Actor("x", "Cán bộ khác", Role.Reception, "khac"), Local("2026-11-23T10:10")));
        Broken("R5", d.Digitize("Giấy tờ không nộp", "khac.pdf", Hash, Reception, Local("2026-11-23T10:10")));
        Ok(d.Digitize("Tờ khai theo mẫu", "to-khai.pdf", Hash, Reception, Local("2026-11-23T10:10")));
        var row = d.History[^1];
        Assert.Equal((DossierAction.Digitize, DossierState.InProcessing, DossierState.InProcessing), (row.Action, row.From, row.To));
        Assert.Equal([$"Tờ khai theo mẫu: to-khai.pdf (SHA-256 {Hash})"], row.Documents);
        Assert.Equal(DossierState.InProcessing, d.State);

        // Once stopped, the paper went back to the applicant: nothing more to scan.
        Ok(d.Stop("Người nộp xin dừng", Reception, Local("2026-11-23T11:00")));
        Broken("TRANG-THAI", d.Digitize("Tờ khai theo mẫu", "to-khai.pdf", Hash, Reception, Local("2026-11-23T11:10")));
    }

    [Fact]
    public void The_agency_attaches_its_signed_result_once_it_is_issued_and_before_it_goes_out_R22()
    {
        var d = InProcessing();
        Broken("TRANG-THAI", d.AttachResultFile("ket-qua.pdf", Hash, Processor, Local("2026-11-23T11:00")));
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-23T15:00"), Default));
        Ok(d.RecordResult("Giấy chứng nhận số 12", Processor, Local("2026-11-23T16:00"), Default));
        Broken("VAI-TRO", d.AttachResultFile("ket-qua.pdf", Hash, Reception, Local("2026-11-23T16:10")));
        Broken("PHAM-VI", d.AttachResultFile("ket-qua.pdf", Hash, OtherProcessor, Local("2026-11-23T16:10")));
        Ok(d.AttachResultFile("ket-qua.pdf", Hash, Leader, Local("2026-11-23T16:10")));
        Assert.Equal([$"Kết quả điện tử: ket-qua.pdf (SHA-256 {Hash})"], d.History[^1].Documents);
        Assert.Equal(DossierState.ResultReady, d.State);
    }

    [Fact]
    public void The_applicant_attaches_the_files_of_the_components_declared_with_an_online_submission_only_R5_R9()
    {
        var d = Dossier.SubmitOnline(Code(2), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.InPerson,
            CitizenActor, Local("2026-11-23T20:00"), Default).Value!;
        Broken("VAI-TRO", d.AttachOnline("Tờ khai theo mẫu", "to-khai.pdf", Hash, Reception, Local("2026-11-23T20:01")));
        Broken("R5", d.AttachOnline("Giấy tờ khác", "khac.pdf", Hash, CitizenActor, Local("2026-11-23T20:01")));
        Ok(d.AttachOnline("Tờ khai theo mẫu", "to-khai.pdf", Hash, CitizenActor, Local("2026-11-23T20:01")));
        Assert.Equal((DossierAction.AttachOnline, DossierState.Submitted), (d.History[^1].Action, d.State));
        Ok(d.ReceiveOnline(Reception, Local("2026-11-24T08:00"), Default));
        Broken("TRANG-THAI", d.AttachOnline("Tờ khai theo mẫu", "to-khai.pdf", Hash, CitizenActor, Local("2026-11-24T08:10")));
    }

    [Fact]
    public void The_applicant_completing_online_attaches_the_files_at_the_instant_of_the_supplement_only_R5_R15()
    {
        var d = InProcessing();
        Ok(d.RequestSupplement(["Tờ khai theo mẫu"], "Chưa ký", Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.NotifySupplement(Reception, Local("2026-11-23T15:00")));
        Broken("TRANG-THAI", d.AttachOnline("Tờ khai theo mẫu", "to-khai.pdf", Hash, CitizenActor, Local("2026-11-24T09:00")));
        Ok(d.Resubmit([new SubmittedComponent("Tờ khai theo mẫu", 1, 0)], CitizenActor, Local("2026-11-24T09:00"), Default));
        Ok(d.AttachOnline("Tờ khai theo mẫu", "to-khai.pdf", Hash, CitizenActor, Local("2026-11-24T09:00")));
        Ok(d.AttachOnline("Bản sao giấy tờ chứng minh", "ban-sao.pdf", Hash, CitizenActor, Local("2026-11-24T09:00")));
        Broken("TRANG-THAI", d.AttachOnline("Tờ khai theo mẫu", "lan-sau.pdf", Hash, CitizenActor, Local("2026-11-24T10:00")));
    }
}
