using System.Text.Json.Nodes;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Tests.Profiles;

/// <summary>A profile an administrator supplies: read like the shipped ones, refused with every problem in Vietnamese.</summary>
public class ProfileParseTests
{
    /// <summary>The shipped Bắc Ninh file, as an administrator would start from it.</summary>
    static JsonObject BacNinhFile()
    {
        using var stream = typeof(LocalityProfiles).Assembly.GetManifestResourceStream("MotCua.Domain.Profiles.Data.bac-ninh-province-2023.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    static InvalidProfileException Refused(string json) =>
        Assert.Throws<InvalidProfileException>(() => LocalityProfiles.Parse(json));

    static InvalidProfileException Refused(Action<JsonObject> edit)
    {
        var file = BacNinhFile();
        edit(file);
        return Refused(file.ToJsonString());
    }

    [Fact]
    public void An_administrators_profile_reads_like_the_shipped_one()
    {
        var file = BacNinhFile();
        file["id"] = "bac-ninh-province-2026";
        var profile = LocalityProfiles.Parse(file.ToJsonString());
        Assert.Equal("bac-ninh-province-2026", profile.Id);
        var shipped = LocalityProfiles.Get("bac-ninh-province-2023");
        // Lists compare by reference in a record: compared item by item, then taken over.
        Assert.Equal(shipped.OfficerEvaluation.Bases, profile.OfficerEvaluation.Bases);
        Assert.Equal(shipped.OfficerRules.AbsenceNotice, profile.OfficerRules.AbsenceNotice);
        Assert.Equal(shipped with
        {
            Id = "bac-ninh-province-2026",
            CourierRounds = profile.CourierRounds,
            OfficerEvaluation = shipped.OfficerEvaluation with { Bases = profile.OfficerEvaluation.Bases },
            OfficerRules = shipped.OfficerRules with { AbsenceNotice = profile.OfficerRules.AbsenceNotice },
        }, profile);
    }

    [Fact]
    public void A_profile_can_count_elapsed_working_time_R44()
    {
        var file = BacNinhFile();
        file["dueCounting"] = "elapsed";
        file["closeUnsupplementedAfter"] = "10d";
        var profile = LocalityProfiles.Parse(file.ToJsonString());
        Assert.Equal(DueCounting.Elapsed, profile.DueCounting);
        Assert.Equal(TimeLimit.WorkingDays(10), profile.CloseUnsupplementedAfter);
    }

    [Theory]
    [InlineData("not json", "không phải JSON hợp lệ")]
    [InlineData("[]", "phải là một đối tượng JSON")]
    [InlineData("{}", "Thiếu mục \"id\"")]
    public void A_file_that_is_not_a_profile_object_is_refused(string json, string expected)
    {
        var e = Refused(json);
        Assert.StartsWith("Cấu hình địa phương không hợp lệ:", e.Message);
        Assert.Contains(expected, e.Message);
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "closeUnsupplementedAfter", "<remove>", "Thiếu mục \"closeUnsupplementedAfter\"" },
        { "supplementRequestLimit", "\"3x\"", "Mục \"supplementRequestLimit\" phải là một thời hạn" },
        { "supplementRequestLimit", "\"0d\"", "Thời hạn yêu cầu bổ sung, hoàn thiện hồ sơ (R15) phải lớn hơn 0" },
        { "level", "\"ward\"", "Mục \"level\" phải là một trong: province, district, commune, không phải \"ward\"" },
        { "level", "\"1\"", "Mục \"level\" phải là một trong" },
        { "dueCounting", "3", "Mục \"dueCounting\" phải là một trong: nextWorkingDay, elapsed" },
        { "courierRounds", "[\"11:00\", \"25:00\"]", "Mục \"courierRounds\", phần tử thứ 2 (\"25:00\")" },
        { "courierRounds", "[\"16:00\", \"11:00\"]", "phải tăng dần" },
        { "fiveOnTheSpot", "\"yes\"", "Mục \"fiveOnTheSpot\" phải là true hoặc false" },
        { "officerEvaluation", "{\"bases\": [\"selfAssessment\", \"ruleCompliance\"], \"cadence\": \"monthly\", \"centerEvaluationDueBefore\": null, \"agencyRatingsDueBefore\": null, \"description\": \"x\"}", "phải là 3 hoặc 4, không phải 2" },
        { "officerEvaluation", "{\"bases\": [\"selfAssessment\", \"selfAssessment\", \"ruleCompliance\"], \"cadence\": \"monthly\", \"centerEvaluationDueBefore\": null, \"agencyRatingsDueBefore\": null, \"description\": \"x\"}", "phần tử thứ 2 (\"selfAssessment\") phải là một trong" },
        { "officerEvaluation", "{\"bases\": [\"handlingResults\", \"complaintsAndRatings\", \"selfAssessment\"], \"cadence\": \"annual\", \"centerEvaluationDueBefore\": \"12-32\", \"agencyRatingsDueBefore\": null, \"description\": \"x\"}", "Mục \"officerEvaluation.centerEvaluationDueBefore\" phải là một ngày có thật" },
        { "officerRules", "{\"primaryAndBackupRequired\": true}", "Thiếu mục \"officerRules.description\"" },
        { "officerSupport", "{\"stationery\": \"agency\", \"uniforms\": \"monthly\", \"training\": \"center\", \"description\": \"x\"}", "Mục \"officerSupport.uniforms\" phải là một trong: notSet, centerYearly, centerProposes" },
        { "officerSupport", "{\"stationery\": \"center\", \"uniforms\": \"notSet\", \"training\": \"center\", \"description\": \" \"}", "Phải mô tả việc cấp văn phòng phẩm, đồng phục và đào tạo cán bộ (R69, R70)" },
        { "resultHandOver", "{\"rule\": \"notSet\", \"workingHoursBeforeTimedAppointment\": 2}", "chỉ dùng với quy tắc bàn giao trước ngày, giờ hẹn" },
        { "feeRemittance", "{\"description\": \"x\", \"cash\": \"weekly\", \"transfers\": \"monthly\", \"reconciliation\": {\"firstDay\": 10, \"lastDay\": 5}}", "Khoảng ngày đối chiếu phí, lệ phí 10–5 không hợp lệ" },
        { "id", "\"Bắc Ninh\"", "Mã cấu hình \"Bắc Ninh\" chỉ được gồm chữ thường" },
        { "feedbackReportsTo", "<remove>", "Thiếu mục \"feedbackReportsTo\"" },
        { "feedbackReportsTo", "\" \"", "Phải ghi nơi nhận báo cáo phản ánh, kiến nghị (R64)" },
        { "feedbackReportsTo", "\"UBND tỉnh\\nBắc Ninh\"", "Nơi nhận báo cáo phản ánh, kiến nghị phải là một dòng, không quá 200 ký tự (R64)" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_is_refused_with_a_Vietnamese_message_naming_it(string member, string json, string expected)
    {
        var e = Refused(file =>
        {
            if (json == "<remove>")
                file.Remove(member);
            else
                file[member] = JsonNode.Parse(json);
        });
        Assert.StartsWith("Cấu hình địa phương không hợp lệ:", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var e = Refused(file =>
        {
            file.Remove("name");
            file["fiveOnTheSpot"] = 1;
            file["supplementRequestLimit"] = "three days";
        });
        Assert.Equal(3, e.Problems.Count);
    }
}
