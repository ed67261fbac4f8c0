using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Data;

/// <summary>The officers seconded to the Center (R30): counters, secondments, absences.</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Secondment> Secondments => Set<Secondment>();
    public DbSet<Absence> Absences => Set<Absence>();

    static void OnStaffingCreating(ModelBuilder model)
    {
        model.Entity<Counter>(b =>
        {
            b.Property(c => c.CenterId).HasMaxLength(40);
            b.Property(c => c.ServiceGroup).HasMaxLength(Counter.MaxServiceGroupLength);
            b.Property<List<string>>("_agencyIds").HasColumnName("AgencyIds").AsJson();
            b.Ignore(c => c.AgencyIds);
            b.HasIndex(c => new { c.CenterId, c.Number }).IsUnique();
        });
        model.Entity<Secondment>(b =>
        {
            b.Property(s => s.CenterId).HasMaxLength(40);
            b.Property(s => s.AgencyId).HasMaxLength(40);
            b.Property(s => s.OfficerId).HasMaxLength(450);
            b.Property(s => s.OfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(s => s.Role).HasConversion<string>().HasMaxLength(10);
            b.Property(s => s.Position).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.State).HasConversion<string>().HasMaxLength(10);
            b.Property(s => s.ProposedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(s => s.Decision).HasMaxLength(Secondment.MaxDecisionLength);
            b.Property(s => s.DecidedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(s => s.RefusalReason).HasMaxLength(Secondment.MaxReasonLength);
            b.Property(s => s.EndReason).HasMaxLength(Secondment.MaxReasonLength);
            b.Property(s => s.EndedBy).HasMaxLength(Applicant.MaxNameLength);
            b.HasOne<Unit>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Officer>().WithMany().HasForeignKey(s => s.OfficerId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Counter>().WithMany().HasForeignKey(s => s.CounterId).OnDelete(DeleteBehavior.SetNull);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            b.HasIndex(s => new { s.CenterId, s.State });
            b.HasIndex(s => new { s.AgencyId, s.State });
            b.HasIndex(s => s.OfficerId);
        });
        model.Entity<Absence>(b =>
        {
            b.Property(a => a.CenterId).HasMaxLength(40);
            b.Property(a => a.AgencyId).HasMaxLength(40);
            b.Property(a => a.OfficerId).HasMaxLength(450);
            b.Property(a => a.OfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
            b.Property(a => a.Reason).HasMaxLength(Absence.MaxReasonLength);
            b.Property(a => a.SubstituteName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.RecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.DecidedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.DecisionNote).HasMaxLength(Absence.MaxReasonLength);
            b.Ignore(a => a.IsFlagged);
            b.HasOne<Secondment>().WithMany().HasForeignKey(a => a.SecondmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Secondment>().WithMany().HasForeignKey(a => a.SubstituteId).OnDelete(DeleteBehavior.Restrict);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The roster of a day and the Center's list: absences by when they end; an officer's in a period (R31).
            b.HasIndex(a => new { a.CenterId, a.To });
            b.HasIndex(a => new { a.SecondmentId, a.From });
            b.HasIndex(a => new { a.AgencyId, a.To });
        });
    }
}
