using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Data;

/// <summary>Replacing a seconded officer (R32) and the Center's opinion about one (R62).</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<ReplacementProposal> ReplacementProposals => Set<ReplacementProposal>();
    public DbSet<OpinionRequest> OpinionRequests => Set<OpinionRequest>();

    static void OnReplacementsCreating(ModelBuilder model)
    {
        model.Entity<ReplacementProposal>(b =>
        {
            b.Property(p => p.CenterId).HasMaxLength(40);
            b.Property(p => p.AgencyId).HasMaxLength(40);
            b.Property(p => p.OfficerId).HasMaxLength(450);
            b.Property(p => p.OfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(p => p.Ground).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Grounds).HasMaxLength(ReplacementProposal.MaxTextLength);
            b.Property(p => p.State).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.DraftedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(p => p.SentBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(p => p.AnsweredBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(p => p.DeclineReason).HasMaxLength(ReplacementProposal.MaxTextLength);
            b.Property(p => p.NewOfficerId).HasMaxLength(450);
            b.Property(p => p.NewOfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.HasOne<Secondment>().WithMany().HasForeignKey(p => p.SecondmentId).OnDelete(DeleteBehavior.Restrict);
            // The private navigation lets one save insert the new secondment and then point the proposal at it.
            b.HasOne<Secondment>("Replacement").WithMany().HasForeignKey(p => p.ReplacementId).OnDelete(DeleteBehavior.Restrict);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The letter's PDF in the file store, set at its first print once sent (R52).
            b.Property<string?>("DocumentSha256").HasMaxLength(64);
            b.HasIndex(p => new { p.CenterId, p.DraftedAt });
            b.HasIndex(p => new { p.AgencyId, p.State });
            b.HasIndex(p => p.SecondmentId);
        });
        model.Entity<OpinionRequest>(b =>
        {
            b.Property(o => o.CenterId).HasMaxLength(40);
            b.Property(o => o.AgencyId).HasMaxLength(40);
            b.Property(o => o.OfficerId).HasMaxLength(450);
            b.Property(o => o.OfficerName).HasMaxLength(Applicant.MaxNameLength);
            b.Property(o => o.Matter).HasConversion<string>().HasMaxLength(20);
            b.Property(o => o.Details).HasMaxLength(OpinionRequest.MaxTextLength);
            b.Property(o => o.RequestedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(o => o.Opinion).HasMaxLength(OpinionRequest.MaxTextLength);
            b.Property(o => o.GivenBy).HasMaxLength(Applicant.MaxNameLength);
            b.Ignore(o => o.IsAnswered);
            b.HasOne<Secondment>().WithMany().HasForeignKey(o => o.SecondmentId).OnDelete(DeleteBehavior.Restrict);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            b.HasIndex(o => new { o.CenterId, o.RequestedAt });
            b.HasIndex(o => new { o.AgencyId, o.RequestedAt });
        });
    }
}
