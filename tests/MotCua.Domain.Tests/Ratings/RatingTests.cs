using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Ratings;
using MotCua.Domain.Time;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Ratings;

public sealed class RatingTests
{
    static readonly TimeLimit Week = LocalityProfiles.Default.RatingChangeWindow;

    static RatingChoice Choice(SatisfactionLevel level, string? comment = null) => new(level, [], comment);

    static Outcome Outcome(Outcome<Rating> rated) => new(rated.Broken);

    static Rating Rated(Dossier dossier, SatisfactionLevel level, string at, Rating? existing = null)
    {
        var rated = Rating.Rate(existing, RatedDossier.From(dossier), Choice(level), RatingChannel.Portal, Local(at), Week, Vietnam2026);
        Assert.True(rated.Succeeded, rated.ToString());
        return rated.Value!;
    }

    [Fact]
    public void Every_profile_lets_a_rating_change_for_seven_days_by_default_R33()
    {
        Assert.Equal(TimeLimit.CalendarDays(7), Week);
        Assert.All(LocalityProfiles.All, p => Assert.Equal(TimeLimit.CalendarDays(7), p.RatingChangeWindow));
    }

    [Fact]
    public void A_rating_names_the_reception_officer_and_the_agency_and_later_the_returning_officer_R63()
    {
        var dossier = InProcessing();
        var rating = Rated(dossier, SatisfactionLevel.Satisfied, "2026-11-23T11:00");

        Assert.Equal((Reception.Id, Reception.Name, Agency, Center), (rating.ReceptionOfficerId, rating.ReceptionOfficerName, rating.AgencyId, rating.CenterId));
        Assert.Null(rating.ReturnOfficerId);
        Assert.True(rating.Rates(Reception.Id));
        Assert.False(rating.Rates(Processor.Id));
    }

    [Fact]
    public void A_dossier_is_rated_once_and_a_change_within_the_window_replaces_the_choice_R33()
    {
        var dossier = InProcessing();
        var first = Rated(dossier, SatisfactionLevel.Satisfied, "2026-11-23T11:00");
        // Seven days after Monday 23/11 is Monday 30/11, a working day: the window ends with its working day.
        Assert.Equal(Local("2026-11-30T17:00"), first.ChangeableUntil);

        var changed = Rated(dossier, SatisfactionLevel.Dissatisfied, "2026-11-30T16:59", first);

        Assert.Same(first, changed);
        Assert.Equal(SatisfactionLevel.Dissatisfied, changed.Level);
        Assert.True(changed.IsDissatisfied);
        Assert.Equal(Local("2026-11-23T11:00"), changed.RatedAt);
        Assert.Equal(Local("2026-11-30T16:59"), changed.ChangedAt);
        Assert.Equal(1, changed.Changes);
    }

    [Fact]
    public void A_change_after_the_window_is_refused_and_the_rating_stands_R33()
    {
        var dossier = InProcessing();
        var first = Rated(dossier, SatisfactionLevel.VerySatisfied, "2026-11-23T11:00");

        var late = Rating.Rate(first, RatedDossier.From(dossier), Choice(SatisfactionLevel.Dissatisfied), RatingChannel.Portal,
            Local("2026-11-30T17:01"), Week, Vietnam2026);

        Broken("R33", Outcome(late));
        Assert.Equal(nameof(RatingRules.ChangeWindowClosed), late.Broken!.Name);
        Assert.Equal(SatisfactionLevel.VerySatisfied, first.Level);
        Assert.Equal(0, first.Changes);
    }

    [Fact]
    public void A_rating_of_another_dossier_is_not_changed_through_this_one_R63()
    {
        var first = Rated(InProcessing(), SatisfactionLevel.Satisfied, "2026-11-23T11:00");
        var other = RatedDossier.From(InProcessing()) with { Code = Code(2) };

        var outcome = Rating.Rate(first, other, Choice(SatisfactionLevel.Dissatisfied), RatingChannel.Portal, Local("2026-11-23T12:00"), Week, Vietnam2026);

        Assert.Equal(nameof(RatingRules.NotTheSameDossier), outcome.Broken!.Name);
    }

    [Fact]
    public void Only_a_received_dossier_can_be_rated_R33()
    {
        var submitted = Dossier.SubmitOnline(Code(), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.InPerson, CitizenActor,
            Local("2026-11-23T09:00"), Default).Value!;

        var outcome = Rating.Rate(null, RatedDossier.From(submitted), Choice(SatisfactionLevel.Satisfied), RatingChannel.Portal,
            Local("2026-11-23T10:00"), Week, Vietnam2026);

        Broken("R33", Outcome(outcome));
        Assert.Equal(nameof(RatingRules.NotReceived), outcome.Broken!.Name);
    }

    [Fact]
    public void The_choice_takes_the_level_any_of_the_twelve_criteria_and_a_printable_comment_R33()
    {
        var read = RatingChoice.Read("VerySatisfied",
            new Dictionary<RatingCriterion, string?> { [RatingCriterion.StaffAttitude] = "3", [RatingCriterion.OverallService] = "Satisfied", [RatingCriterion.Publicity] = "" },
            "  Cán bộ nhiệt tình.\nCảm ơn.  ");

        Assert.Empty(read.Errors);
        Assert.Equal(SatisfactionLevel.VerySatisfied, read.Value!.Level);
        Assert.Equal([new CriterionLevel(RatingCriterion.OverallService, SatisfactionLevel.Satisfied), new CriterionLevel(RatingCriterion.StaffAttitude, SatisfactionLevel.Dissatisfied)],
            read.Value.Criteria);
        Assert.Equal("Cán bộ nhiệt tình.\nCảm ơn.", read.Value.Comment);
        Assert.Equal(12, Satisfaction.Criteria.Count);
        Assert.Equal("Rất hài lòng", SatisfactionLevel.VerySatisfied.Vietnamese());
    }

    [Theory]
    [InlineData(null, null, "level")]
    [InlineData("4", null, "level")]
    [InlineData("Dissatisfied, 1", null, "level")]
    [InlineData("Satisfied", "Có\u0007 chuông", "comment")]
    public void A_level_out_of_the_scale_or_a_comment_with_control_characters_is_refused_R33(string? level, string? comment, string field)
    {
        var read = RatingChoice.Read(level, null, comment);

        Assert.Null(read.Value);
        var error = Assert.Single(read.Errors);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_comment_longer_than_the_limit_and_an_unknown_criterion_level_are_refused_R33()
    {
        var read = RatingChoice.Read("Satisfied", new Dictionary<RatingCriterion, string?> { [RatingCriterion.OnlineServices] = "rất tốt" },
            new string('a', RatingChoice.MaxCommentLength + 1));

        Assert.Null(read.Value);
        Assert.Equal(["criteria.12", "comment"], read.Errors.Select(e => e.Field));
        Assert.Contains("1000 ký tự", read.Errors[1].Message);
    }

    [Fact]
    public void The_satisfied_share_counts_the_two_upper_levels_over_all_forms_R63()
    {
        var tally = SatisfactionTally.Of([SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.Dissatisfied]);

        Assert.Equal((1, 1, 1, 3), (tally.VerySatisfied, tally.Satisfied, tally.Dissatisfied, tally.Total));
        Assert.Equal(66.7m, tally.SatisfiedPercent);
        Assert.Null(SatisfactionTally.Empty.SatisfiedPercent);
    }
}
