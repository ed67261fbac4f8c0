using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Time;
using MotCua.Features.Demo;

namespace MotCua.Cli.Tests.Demo;

/// <summary>The demo catalog: real procedures the domain accepts, decided by the demo district's agencies, with workflows that fit their limits.</summary>
public class DemoCatalogTests
{
    static readonly DateOnly EffectiveFrom = new(2026, 1, 1);
    static readonly IReadOnlyList<Procedure> Procedures = DemoCatalog.Procedures(EffectiveFrom);
    static readonly WorkingCalendar Calendar = StateCalendars.VietnamStateBodiesCalendar;

    // An ordinary Monday: no holiday in the six weeks the longest workflow needs.
    static readonly DateOnly Monday = new(2026, 3, 2);
    static readonly TimeOnly CutOff = new(15, 0);

    static ProcedureVersion VersionOf(string code) => Procedures.Single(p => p.Code == code).Versions.Single();

    /// <summary>When the workflow's last step is due if every step uses its whole budget: elapsed working time, step after step.</summary>
    static DateTimeOffset WorkflowDue(ProcedureVersion version, DateTimeOffset received) =>
        version.Workflow.Aggregate(received, (at, step) => step.Budget.DueFrom(at, Calendar, DueCounting.Elapsed));

    [Fact]
    public void Catalog_has_fifteen_procedures_and_six_agencies_with_distinct_codes_and_ids_and_each_procedure_names_existing_agencies_R1()
    {
        var agencyIds = DemoCatalog.Agencies.Select(a => a.Id).ToHashSet();

        Assert.True(Procedures.Count >= 15, $"{Procedures.Count} thủ tục");
        Assert.True(DemoCatalog.Agencies.Count >= 6, $"{DemoCatalog.Agencies.Count} cơ quan");
        Assert.Equal(Procedures.Count, Procedures.Select(p => p.Code).Distinct().Count());
        Assert.Equal(DemoCatalog.Agencies.Count + 1, agencyIds.Append(DemoCatalog.Center.Id).Distinct().Count());
        Assert.Equal(UnitKind.Center, DemoCatalog.Center.Kind);
        Assert.All(DemoCatalog.Agencies, a => Assert.Equal(UnitKind.Agency, a.Kind));
        foreach (var procedure in Procedures)
        {
            Assert.Contains(procedure.CompetentAgencyId, agencyIds);
            Assert.All(procedure.CoordinatingAgencyIds, id => Assert.Contains(id, agencyIds));
        }
        // No agency sits idle in the demo.
        Assert.All(agencyIds, id => Assert.Contains(Procedures, p => p.CompetentAgencyId == id || p.CoordinatingAgencyIds.Contains(id)));
    }

    [Fact]
    public void Every_unit_id_can_start_a_dossier_code_R50()
    {
        foreach (var unit in DemoCatalog.Agencies.Append(DemoCatalog.Center))
        {
            Assert.Null(DossierCode.AgencyIdProblem(unit.Id)); // in capitals, the one spelling of a code
            Assert.Equal(unit.Id, DossierCode.Parse(new DossierCode(unit.Id, Monday, 1).ToString()).AgencyId);
        }
    }

    [Fact]
    public void Every_version_is_publishable_and_its_workflow_fits_every_case_R47()
    {
        var received = Calendar.AtLocal(Monday, new TimeOnly(8, 0));
        foreach (var procedure in Procedures)
        {
            var version = Assert.Single(procedure.Versions);
            Assert.Equal(EffectiveFrom, version.EffectiveFrom);
            Assert.Empty(version.Problems());
            foreach (var @case in version.Cases)
            {
                // Elapsed counting on both sides compares the budgets with the limit itself, not with the rest of the reception day.
                var reception = Calendar.ReceptionInstant(received, version.DailyCutOff);
                var due = @case.Limit.DueFrom(reception, Calendar, DueCounting.Elapsed);
                var workflowDue = WorkflowDue(version, reception);
                Assert.True(workflowDue <= due, $"{procedure.Code} \"{@case.Name}\": quy trình xong lúc {VietnameseFormat.DateTime(workflowDue)}, sau hạn {VietnameseFormat.DateTime(due)}");
            }
        }
    }

    [Theory]
    [InlineData("2.000815")]
    [InlineData("2.000884")]
    public void Same_day_certification_received_by_15_00_is_done_that_day_and_after_it_counts_from_the_next_working_day_R43(string code)
    {
        var version = VersionOf(code);
        var sameDay = Assert.Single(version.Cases, c => c.Limit == TimeLimit.SameDay);
        Assert.Equal(CutOff, version.DailyCutOff);

        var atCutOff = Calendar.ReceptionInstant(Calendar.AtLocal(Monday, CutOff), version.DailyCutOff);
        Assert.Equal(Calendar.AtLocal(Monday, CutOff), atCutOff);
        Assert.True(WorkflowDue(version, atCutOff) <= sameDay.Limit.DueFrom(atCutOff, Calendar));

        var afterCutOff = Calendar.ReceptionInstant(Calendar.AtLocal(Monday, new TimeOnly(15, 1)), version.DailyCutOff);
        Assert.Equal(Calendar.EndOfWorkingDay(Monday.AddDays(1)), sameDay.Limit.DueFrom(afterCutOff, Calendar));
    }

    [Fact]
    public void Every_same_day_procedure_has_the_15_00_cut_off_R43()
    {
        var sameDay = Procedures.Where(p => p.Versions.Single().Cases.Any(c => c.Limit == TimeLimit.SameDay)).ToList();

        Assert.NotEmpty(sameDay);
        Assert.All(sameDay, p => Assert.Equal(CutOff, p.Versions.Single().DailyCutOff));
    }

    [Fact]
    public void Certified_copies_and_signatures_are_resolved_on_the_spot_at_the_counter_R10()
    {
        var onTheSpot = Procedures.Where(p => p.Versions.Single().FiveOnTheSpot).ToList();

        Assert.True(onTheSpot.Count >= 2, $"{onTheSpot.Count} thủ tục 5 tại chỗ");
        Assert.Contains(onTheSpot, p => p.Code == "2.000815");
        Assert.Contains(onTheSpot, p => p.Code == "2.000884");
        Assert.All(onTheSpot, p => Assert.True(p.Versions.Single().AcceptsChannel(Channel.InPerson)));
    }

    [Fact]
    public void Every_procedure_takes_paper_dossiers_since_the_sample_has_no_online_only_procedure_R9()
    {
        Assert.All(Procedures, p => Assert.False(p.Versions.Single().PaperChannelDisabled, p.Code));
    }

    // The codes and names of the national procedure database (shared/data/procedures-vn-sample.json).
    [Theory]
    [InlineData("1.001193", "Thủ tục đăng ký khai sinh")]
    [InlineData("1.000894", "Thủ tục đăng ký kết hôn")]
    [InlineData("1.000656", "Thủ tục đăng ký khai tử")]
    [InlineData("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân")]
    [InlineData("2.001035", "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở")]
    [InlineData("1.001612", "Đăng ký thành lập hộ kinh doanh")]
    [InlineData("2.000720", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh")]
    [InlineData("1.001699", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật")]
    public void Codes_and_names_are_the_national_database_s_R1(string code, string name)
    {
        Assert.Equal(name, Assert.Single(Procedures, p => p.Code == code).Name);
    }

    [Fact]
    public void Each_call_gives_new_procedures_that_take_a_later_version_R2()
    {
        var procedure = DemoCatalog.Procedures(EffectiveFrom)[0];
        var later = procedure.Versions.Single() with { EffectiveFrom = EffectiveFrom.AddMonths(6) };

        Assert.NotSame(procedure, DemoCatalog.Procedures(EffectiveFrom)[0]);
        Assert.True(procedure.AddVersion(later).Succeeded);
        Assert.Same(later, procedure.VersionInForceOn(later.EffectiveFrom));
        Assert.Single(Procedures[0].Versions);
    }
}
