using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Courier;

namespace MotCua.Data;

/// <summary>Paper courier rounds between the Center and the agencies (R12), each with its manifest.</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<CourierRound> CourierRounds => Set<CourierRound>();

    static void OnCourierCreating(ModelBuilder model)
    {
        model.Entity<CourierRound>(b =>
        {
            b.Property(r => r.CenterId).HasMaxLength(40);
            b.Property(r => r.AgencyId).HasMaxLength(40);
            b.Property(r => r.Direction).HasConversion<string>().HasMaxLength(10);
            b.Property(r => r.Record).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.CourierName).HasMaxLength(CourierRound.MaxNameLength);
            b.ComplexProperty(r => r.DispatchedBy);
            b.Property(r => r.Confirmation).AsJson();
            b.Ignore(r => r.Manifest);
            b.Ignore(r => r.Received);
            b.Ignore(r => r.Missing);
            b.Ignore(r => r.HasDiscrepancy);
            b.Ignore(r => r.Label);
            b.Ignore(r => r.FromUnitId);
            b.Ignore(r => r.ToUnitId);
            b.OwnsMany(r => r.Items, i =>
            {
                i.ToTable("CourierItems");
                i.WithOwner().HasForeignKey("RoundId");
                i.HasKey("RoundId", nameof(CourierItem.Code));
                // Whether a dossier already travelled, or is travelling, this way.
                i.HasIndex(x => x.Code);
            });
            b.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // One round per profile time, agency, direction and day; extra rounds (no time) as many as needed.
            b.HasIndex(r => new { r.CenterId, r.Day, r.AgencyId, r.Direction, r.Time }).IsUnique();
            b.HasIndex(r => new { r.AgencyId, r.Day });
        });
    }
}
