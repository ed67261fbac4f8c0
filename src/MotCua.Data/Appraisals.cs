using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Data;

/// <summary>The Center's evaluations of seconded officers (R31) and the agencies' ratings sent back (R62).</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<OfficerAppraisal> OfficerAppraisals => Set<OfficerAppraisal>();

    static void OnAppraisalsCreating(ModelBuilder model)
    {
        model.Entity<OfficerAppraisal>(b =>
        {
            b.Property(a => a.CenterId).HasMaxLength(40);
            b.Property(a => a.AgencyId).HasMaxLength(40);
            b.Property(a => a.OfficerId).HasMaxLength(450);
            b.Property(a => a.OfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.Cadence).HasConversion<string>().HasMaxLength(10);
            b.Property(a => a.PeriodKey).HasMaxLength(7);
            b.Property(a => a.State).HasConversion<string>().HasMaxLength(15);
            b.Property(a => a.Grade).HasConversion<string>().HasMaxLength(15);
            b.Property(a => a.Comments).HasMaxLength(OfficerAppraisal.MaxTextLength);
            b.Property(a => a.StartedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.AppraisedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.SentBy).HasMaxLength(Applicant.MaxNameLength);
            // The figures are a snapshot of when they were computed, with the records behind each (R31): one document, not rows to join.
            b.Property<List<AppraisalFigure>>("_figures").HasColumnName("Figures").AsJson();
            b.Property<List<EvaluationBasis>>("_bases").HasColumnName("Bases").AsJson();
            b.Ignore(a => a.Figures);
            b.Ignore(a => a.Bases);
            b.Ignore(a => a.PeriodVietnamese);
            b.Property(a => a.SelfAssessment).AsJson();
            b.Property(a => a.AgencyRating).AsJson();
            b.HasOne<Secondment>().WithMany().HasForeignKey(a => a.SecondmentId).OnDelete(DeleteBehavior.Restrict);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The document sent to the agency, in the file store from the first send (R52).
            b.Property<string?>("DocumentSha256").HasMaxLength(64);
            // One evaluation per officer and period (an officer's year too); the Center's list of a period; an agency's sent ones;
            // the officer's own; the deadline watch's sent evaluations of a period, and of a year.
            b.HasIndex(a => new { a.SecondmentId, a.PeriodKey }).IsUnique();
            b.HasIndex(a => new { a.CenterId, a.PeriodKey });
            b.HasIndex(a => new { a.AgencyId, a.State, a.PeriodKey });
            b.HasIndex(a => new { a.OfficerId, a.State });
            b.HasIndex(a => new { a.PeriodKey, a.State });
            b.HasIndex(a => new { a.Year, a.State });
        });
    }
}
