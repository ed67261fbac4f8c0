using MotCua.Domain;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>What officers read about an absence: its state, what the rules found missing (R30, R61), when it runs.</summary>
public static class AbsenceNames
{
    public static string Vietnamese(this AbsenceState state) => state switch
    {
        AbsenceState.Noted => "Đã ghi nhận",
        AbsenceState.Requested => "Chờ Trung tâm đồng ý",
        AbsenceState.Approved => "Trung tâm đã đồng ý",
        AbsenceState.Refused => "Trung tâm không đồng ý",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The flags the Center sees on its list and the evaluation counts, in the words of the rules.</summary>
    public static IReadOnlyList<string> Flags(this Absence a)
    {
        var flags = new List<string>();
        // A request still waiting (or refused) keeps the officer at the counter: nobody is missing yet.
        if (a.WithoutSubstitute && a.State is AbsenceState.Noted or AbsenceState.Approved)
            flags.Add("Không có người thay");
        if (a.WithoutNotice)
            flags.Add("Không báo trước");
        if (a.WithoutApproval)
            flags.Add("Chưa được Trung tâm đồng ý");
        if (a.LabourDisciplineBreach)
            flags.Add("Vi phạm kỷ luật lao động (R61)");
        return flags;
    }

    /// <summary>"08:00 08/12/2026 – 17:00 09/12/2026", local time.</summary>
    public static string Period(this Absence a) => $"{VietnameseFormat.DateTime(a.From)} – {VietnameseFormat.DateTime(a.To)}";
}
