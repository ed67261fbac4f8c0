using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Floor;

namespace MotCua.Data;

/// <summary>The Center's floor (R40): queue tickets and appointments.</summary>
public sealed partial class MotCuaDbContext
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<Appointment> Appointments => Set<Appointment>();

    static void OnFloorCreating(ModelBuilder model)
    {
        model.Entity<Ticket>(b =>
        {
            b.Property(t => t.CenterId).HasMaxLength(40);
            b.Property(t => t.Group).HasMaxLength(Ticket.MaxGroupLength);
            b.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.Source).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.State).HasConversion<string>().HasMaxLength(10);
            b.Property(t => t.OfficerId).HasMaxLength(450);
            b.Property(t => t.OfficerName).HasMaxLength(Domain.Dossiers.Applicant.MaxNameLength);
            b.Property(t => t.DossierCode).HasMaxLength(60);
            b.Ignore(t => t.Display);
            b.Ignore(t => t.InPriorityLane);
            b.Ignore(t => t.Waited);
            b.Ignore(t => t.ServedFor);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            b.HasIndex(t => new { t.CenterId, t.Day, t.Number }).IsUnique();
            // The day's queue: the waiting and called tickets of a Center.
            b.HasIndex(t => new { t.CenterId, t.Day, t.State });
        });
        model.Entity<Appointment>(b =>
        {
            b.Property(a => a.CenterId).HasMaxLength(40);
            b.Property(a => a.Group).HasMaxLength(Ticket.MaxGroupLength);
            b.Property(a => a.Code).HasMaxLength(10);
            b.Property(a => a.Name).HasMaxLength(Appointment.MaxNameLength);
            b.Property(a => a.Phone).HasMaxLength(10);
            b.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            b.HasIndex(a => new { a.CenterId, a.Day, a.Code }).IsUnique();
            // A slot's bookings, counted against its capacity.
            b.HasIndex(a => new { a.CenterId, a.Day, a.Start, a.Group });
        });
    }
}
