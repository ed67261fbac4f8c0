using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Data;

/// <summary>Seconded officers' records (R69, R70): assets handed over, uniforms, training, awards.</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<AssetHandover> AssetHandovers => Set<AssetHandover>();
    public DbSet<UniformIssue> UniformIssues => Set<UniformIssue>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();

    static void OnOfficerRecordsCreating(ModelBuilder model)
    {
        model.Entity<AssetHandover>(b =>
        {
            Officer(b);
            b.Property(h => h.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(h => h.ItemName).HasMaxLength(AssetHandover.MaxItemNameLength);
            b.Property(h => h.AssetCode).HasMaxLength(AssetHandover.MaxAssetCodeLength);
            b.Property(h => h.Condition).HasMaxLength(AssetHandover.MaxConditionLength);
            b.Property(h => h.HandedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(h => h.TakenOverBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(h => h.ReturnedTo).HasMaxLength(Applicant.MaxNameLength);
            b.Property(h => h.ReturnCondition).HasMaxLength(AssetHandover.MaxConditionLength);
            b.Ignore(h => h.State);
            b.HasOne<Counter>().WithMany().HasForeignKey(h => h.CounterId).OnDelete(DeleteBehavior.SetNull);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The Center's list of what is out, and whether an asset code is held (R69).
            b.HasIndex(h => new { h.CenterId, h.ReturnedAt });
            b.HasIndex(h => new { h.CenterId, h.AssetCode });
        });
        model.Entity<UniformIssue>(b =>
        {
            Officer(b);
            b.Property(u => u.Action).HasConversion<string>().HasMaxLength(10);
            b.Property(u => u.Items).HasMaxLength(UniformIssue.MaxItemsLength);
            b.Property(u => u.RecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Ignore(u => u.Year);
            b.HasIndex(u => new { u.CenterId, u.On });
        });
        model.Entity<TrainingRecord>(b =>
        {
            Officer(b);
            b.Property(t => t.Course).HasMaxLength(TrainingRecord.MaxCourseLength);
            b.Property(t => t.Arrangement).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.Organiser).HasMaxLength(TrainingRecord.MaxOrganiserLength);
            b.Property(t => t.Result).HasMaxLength(TrainingRecord.MaxResultLength);
            b.Property(t => t.Certificate).HasMaxLength(TrainingRecord.MaxCertificateLength);
            b.Property(t => t.RecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(t => t.ResultRecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property<int>(RowVersion).IsConcurrencyToken();
        });
        model.Entity<AwardRecord>(b =>
        {
            Officer(b);
            b.Property(a => a.Title).HasMaxLength(AwardRecord.MaxTitleLength);
            b.Property(a => a.Reason).HasMaxLength(AwardRecord.MaxReasonLength);
            b.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
            b.Property(a => a.Proposal).HasMaxLength(AwardRecord.MaxReferenceLength);
            b.Property(a => a.Decision).HasMaxLength(AwardRecord.MaxReferenceLength);
            b.Property(a => a.RecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(a => a.GivenRecordedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property<int>(RowVersion).IsConcurrencyToken();
        });
    }

    /// <summary>Every record names the officer's secondment, Center, agency and account; each is listed by officer.</summary>
    static void Officer<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b) where T : class
    {
        b.Property<string>("CenterId").HasMaxLength(40);
        b.Property<string>("AgencyId").HasMaxLength(40);
        b.Property<string>("OfficerId").HasMaxLength(450);
        b.Property<string>("OfficerName").HasMaxLength(Applicant.MaxNameLength);
        b.HasOne<Secondment>().WithMany().HasForeignKey("SecondmentId").OnDelete(DeleteBehavior.Restrict);
        b.HasIndex("SecondmentId");
        b.HasIndex("OfficerId");
    }
}
