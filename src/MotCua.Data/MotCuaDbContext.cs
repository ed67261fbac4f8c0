using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MotCua.Data.Fees;
using MotCua.Data.Files;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Fees;
using MotCua.Domain.Ratings;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;

namespace MotCua.Data;

/// <summary>
/// The one database: SQLite by default, PostgreSQL for a province. The domain's aggregates are
/// mapped as they are; what only the aggregate reads (clock segments, consultations, supplements)
/// is JSON, what reports query (the control slip, due dates, states) is columns and rows.
/// </summary>
public sealed partial class MotCuaDbContext(DbContextOptions<MotCuaDbContext> options) : IdentityDbContext<Officer>(options), IDataProtectionKeyContext
{
    /// <summary>The dossier's optimistic concurrency token, bumped on every save that changes it.</summary>
    public const string RowVersion = nameof(RowVersion);

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Settings> Settings => Set<Settings>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OfficerNotification> OfficerNotifications => Set<OfficerNotification>();
    public DbSet<DeadlineAlert> DeadlineAlerts => Set<DeadlineAlert>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<IssuedForm> IssuedForms => Set<IssuedForm>();
    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<Remittance> Remittances => Set<Remittance>();
    public DbSet<Reconciliation> Reconciliations => Set<Reconciliation>();
    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<RegulationProposal> RegulationProposals => Set<RegulationProposal>();
    public DbSet<Rating> Ratings => Set<Rating>();
    /// <summary>The keys of cookies, anti-forgery and bearer tokens, shared by every node and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<InstallationSecret> InstallationSecrets => Set<InstallationSecret>();

    bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums as their names: readable in the database, and safe when a member is added in the middle.
        configuration.Properties<DossierState>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Properties<DossierAction>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Properties<Channel>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<Role>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<Timeliness>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<ProcedureLevel>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<DueCounting>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<MessageChannel>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<OutboxStatus>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<AlertKind>().HaveConversion<string>().HaveMaxLength(30);
        configuration.Properties<DossierFileKind>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<FeeTiming>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<PaymentIntentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<SatisfactionLevel>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<RatingChannel>().HaveConversion<string>().HaveMaxLength(20);
        // Every column that holds a dossier code (the key, the control slip's and the owned clock's foreign keys, forms, files, messages...) stores its text.
        configuration.Properties<DossierCode>().HaveConversion<DossierCodeConverter>().HaveMaxLength(DossierCode.MaxLength);
        // Instants are stored in UTC. SQLite has no instant type: a long keeps them sortable there.
        if (IsSqlite)
            configuration.Properties<DateTimeOffset>().HaveConversion<UtcBinaryConverter>();
        else
            configuration.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    const NotifyBy AllChannels = NotifyBy.Email | NotifyBy.Sms;

    sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    sealed class DossierCodeConverter() : ValueConverter<DossierCode, string>(v => v.ToString(), v => DossierCode.Parse(v));

    /// <summary>
    /// EF's binary layout for SQLite (ticks/1000 shifted, the offset in minutes in the low 11 bits), always
    /// written in UTC: the built-in converter keeps the local ticks, so an instant written or compared at
    /// +07:00 sorts seven hours after the same instant in UTC. The SQLite migration InstantsInUtc rewrote older rows.
    /// </summary>
    sealed class UtcBinaryConverter() : ValueConverter<DateTimeOffset, long>(v => ToBinary(v), v => FromBinary(v))
    {
        static long ToBinary(DateTimeOffset value) => (value.UtcTicks / 1000) << 11;

        static DateTimeOffset FromBinary(long value) =>
            new DateTimeOffset((value >> 11) * 1000, TimeSpan.FromMinutes((value << 53) >> 53)).ToUniversalTime();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);

        model.Entity<Unit>(b =>
        {
            b.Property(u => u.Id).HasMaxLength(40);
            b.Property(u => u.Name).HasMaxLength(300);
            b.Property(u => u.Place).HasMaxLength(100);
            b.HasOne<Officer>().WithMany().HasForeignKey(u => u.FeedbackLeaderId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<Officer>(b =>
        {
            b.Property(o => o.FullName).HasMaxLength(200);
            b.Property(o => o.UnitId).HasMaxLength(40);
            b.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<CalendarDay>(b =>
        {
            b.HasKey(d => d.Date);
            b.Property(d => d.Name).HasMaxLength(CalendarDay.MaxNameLength);
        });
        model.Entity<DossierCounter>().HasKey(c => new { c.AgencyId, c.Day });
        model.Entity<IdempotencyRecord>(b =>
        {
            b.HasKey(r => r.Key);
            // An officer's key is kept under the officer's id ("feedback/<id>/<key>"): the client's 100 characters and the prefix.
            b.Property(r => r.Key).HasMaxLength(200);
            b.Property(r => r.FeedbackCode).HasMaxLength(FeedbackItem.MaxCodeLength);
            b.Property(r => r.RequestHash).HasMaxLength(64);
        });

        model.Entity<Procedure>(b =>
        {
            b.HasKey(p => p.Code);
            b.Property(p => p.Code).HasMaxLength(Procedure.MaxCodeLength);
            b.Property(p => p.Name).HasMaxLength(Procedure.MaxNameLength);
            b.Property(p => p.Field).HasMaxLength(Procedure.MaxFieldLength);
            b.Property(p => p.CompetentAgencyId).HasMaxLength(40);
            b.Property(p => p.CoordinatingAgencyIds).AsJson();
            b.HasMany(p => p.Versions).WithOne().HasForeignKey("ProcedureCode").IsRequired();
            b.Navigation(p => p.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        model.Entity<ProcedureVersion>(b =>
        {
            b.Property<int>("Id");
            b.HasKey("Id");
            b.HasIndex("ProcedureCode", nameof(ProcedureVersion.EffectiveFrom)).IsUnique();
            b.Property(v => v.Components).AsJson();
            b.Property(v => v.Cases).AsJson();
            b.Property(v => v.Fees).AsJson();
            b.Property(v => v.ChannelsIn).AsJson();
            b.Property(v => v.ChannelsOut).AsJson();
            b.Property(v => v.Workflow).AsJson();
            b.Property(v => v.LegalBasis).AsJson();
        });

        model.Entity<Dossier>(b =>
        {
            b.HasKey(d => d.Code);
            b.Property(d => d.CenterId).HasMaxLength(40);
            b.Property(d => d.AgencyId).HasMaxLength(40);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            b.HasOne(d => d.Procedure).WithMany().HasForeignKey("ProcedureCode").OnDelete(DeleteBehavior.Restrict);
            b.HasOne(d => d.Version).WithMany().HasForeignKey("VersionId").OnDelete(DeleteBehavior.Restrict);
            b.Property(d => d.Case).AsJson();
            b.ComplexProperty(d => d.Applicant, a =>
            {
                a.Property(x => x.Name).HasMaxLength(Applicant.MaxNameLength);
                a.Property(x => x.IdentityNumber).HasMaxLength(Applicant.MaxIdentityNumberLength);
                a.Property(x => x.Address).HasMaxLength(Applicant.MaxAddressLength);
                a.Property(x => x.Phone).HasMaxLength(Applicant.MaxPhoneLength);
                a.Property(x => x.Email).HasMaxLength(Applicant.MaxEmailLength);
                // Stored as the channels the applicant turned off, so rows written before the choice existed read as "all channels".
                a.Property(x => x.NotifyBy)
                    .HasConversion(v => (int)(AllChannels & ~v), v => AllChannels & ~(NotifyBy)v)
                    .HasColumnName("Applicant_MutedChannels");
            });
            b.Property(d => d.Components).AsJson();
            b.Ignore(d => d.CurrentStep);
            b.OwnsOne(d => d.Clock, c =>
            {
                c.Property(x => x.Limit).AsJson();
                c.Property<List<ClockSegment>>("_segments").HasColumnName("ClockSegments").AsJson();
                c.Property(x => x.Extension).AsJson();
                c.Ignore(x => x.Segments);
                c.Ignore(x => x.IsPaused);
                c.Ignore(x => x.ReceivedAt);
                c.Ignore(x => x.CountingSince);
            });
            b.Property(d => d.ApologyDraft).AsJson();
            b.Property(d => d.Result).AsJson();
            b.Property(d => d.Return).AsJson();
            b.Property<List<Consultation>>("_consultations").HasColumnName("Consultations").AsJson();
            b.Property<List<SupplementRequest>>("_supplements").HasColumnName("Supplements").AsJson();
            b.Property<List<Incident>>("_incidents").HasColumnName("Incidents").AsJson();
            b.Property<List<FeePayment>>("_payments").HasColumnName("Payments").AsJson();
            b.Ignore(d => d.Payments);
            b.Ignore(d => d.FeesDueNow);
            b.Ignore(d => d.Consultations);
            b.Ignore(d => d.Supplements);
            b.Ignore(d => d.Incidents);
            b.HasMany(d => d.History).WithOne().HasForeignKey("DossierCode").IsRequired();
            b.Navigation(d => d.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
            // The inboxes: a unit's open dossiers by state, soonest due first.
            b.HasIndex(d => new { d.AgencyId, d.State, d.Due });
            b.HasIndex(d => new { d.CenterId, d.State, d.Due });
            // The monitor and the reports: a unit's dossiers over a period.
            b.HasIndex(d => new { d.CenterId, d.SubmittedAt, d.Code });
            b.HasIndex(d => new { d.AgencyId, d.SubmittedAt });
            // The dashboard's finished figures open the dossiers finished in a period.
            b.HasIndex(d => new { d.CenterId, d.FinishedAt });
            b.HasIndex(d => new { d.AgencyId, d.FinishedAt });
            // A calendar change: the dossiers due on or after the changed day, whichever unit (R48).
            b.HasIndex(d => d.Due);
            b.HasIndex(d => d.StepDue);
            // The monitor's pages, in each order it offers over all the Center's dossiers, read from an index (DossierListPage).
            b.HasIndex(d => new { d.CenterId, d.Due, d.Code });
            b.HasIndex(d => new { d.CenterId, d.Code });
            b.HasIndex(nameof(Dossier.CenterId), "ProcedureCode", nameof(Dossier.Code));
            b.HasIndex(d => new { d.CenterId, d.State, d.Code });
            // The dossiers still to be decided, overdue first, and their counts by due status read from the index alone (ADR 17).
            b.HasIndex([nameof(Dossier.CenterId), nameof(Dossier.Due), nameof(Dossier.Code), nameof(Dossier.AgencyId), nameof(Dossier.State), "ProcedureCode"],
                "IX_Dossiers_Unfinished").HasFilter(DossierQueues.UnfinishedFilter);
            // An agency's inbox, and the Center's view of what the agencies hold (to urge them), soonest due first.
            b.HasIndex(d => new { d.AgencyId, d.Due, d.Code }, "IX_Dossiers_AgencyInbox").HasFilter(DossierQueues.AgencyInboxFilter);
            b.HasIndex(d => new { d.CenterId, d.Due, d.Code }, "IX_Dossiers_AtAgencies").HasFilter(DossierQueues.AgencyInboxFilter);
        });
        model.Entity<HistoryEntry>(b =>
        {
            b.HasKey("DossierCode", nameof(HistoryEntry.Sequence));
            b.ComplexProperty(h => h.By);
            b.Property(h => h.Documents).AsJson();
            b.Property(h => h.ReceivedBy).HasMaxLength(500);
            // Dossiers that went through a rare action (an overdue explanation, an apology, an incident),
            // and one action over a period (the day's hand-overs to an agency, R12).
            b.HasIndex(h => new { h.Action, h.At });
        });
        OnNotificationsCreating(model);
        OnFilesCreating(model);
        OnFeesCreating(model);
        OnFeedbackCreating(model);
        OnRatingsCreating(model);
        OnStaffingCreating(model);
        OnFloorCreating(model);
        OnCourierCreating(model);
        OnTallyCreating(model);
        OnStateCountsCreating(model);
        OnReplacementsCreating(model);
        OnAppraisalsCreating(model);
        OnOfficerRecordsCreating(model);
    }

    static void OnFeedbackCreating(ModelBuilder model)
    {
        model.Entity<FeedbackItem>(b =>
        {
            b.HasKey(f => f.Code);
            b.Property(f => f.Code).HasMaxLength(FeedbackItem.MaxCodeLength);
            b.Property(f => f.CenterId).HasMaxLength(40);
            b.Property(f => f.AgencyId).HasMaxLength(40);
            b.Property(f => f.AnsweringUnitId).HasMaxLength(40);
            b.Property(f => f.Subject).HasMaxLength(FeedbackItem.MaxSubjectLength);
            b.Property(f => f.Text).HasMaxLength(FeedbackItem.MaxTextLength);
            b.Property(f => f.Answer).HasMaxLength(FeedbackItem.MaxTextLength);
            b.Property(f => f.PublicAnswer).HasMaxLength(FeedbackItem.MaxTextLength);
            b.Property(f => f.RefusalReason).HasMaxLength(FeedbackItem.MaxTextLength);
            b.Property(f => f.ReceivedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(f => f.AnsweredBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(f => f.ReComplaint).HasMaxLength(FeedbackItem.MaxCodeLength);
            b.Property(f => f.ReComplaintOf).HasMaxLength(FeedbackItem.MaxCodeLength);
            b.Property(f => f.Channel).HasConversion<string>().HasMaxLength(20);
            b.Property(f => f.Topic).HasConversion<string>().HasMaxLength(20);
            b.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
            b.Property(f => f.Verdict).HasConversion<string>().HasMaxLength(10);
            b.ComplexProperty(f => f.Sender, s =>
            {
                s.Property(x => x.Name).HasMaxLength(FeedbackSender.MaxNameLength);
                s.Property(x => x.Phone).HasMaxLength(Applicant.MaxPhoneLength);
                s.Property(x => x.Email).HasMaxLength(FeedbackSender.MaxEmailLength);
                s.Property(x => x.Address).HasMaxLength(FeedbackSender.MaxAddressLength);
            });
            b.Property<List<FeedbackEvent>>("_events").HasColumnName("Events").AsJson();
            b.Property<List<InformationRequest>>("_requests").HasColumnName("Requests").AsJson();
            b.Property<List<FeedbackAttachment>>("_attachments").HasColumnName("Attachments").AsJson();
            b.Ignore(f => f.Events);
            b.Ignore(f => f.Requests);
            b.Ignore(f => f.Attachments);
            b.Ignore(f => f.ForDirector);
            b.Ignore(f => f.HandledOnTime);
            b.Ignore(f => f.NextDeadline);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The written answer's PDF in the file store, set at its first print (R52).
            b.Property<string?>("AnswerSha256").HasMaxLength(64);
            // The Center's desk and an agency's list: open items by state, soonest deadline first; the public page of answers by date.
            b.HasIndex(f => new { f.CenterId, f.State, f.HandleBy });
            b.HasIndex(f => new { f.AnsweringUnitId, f.State, f.HandleBy });
            b.HasIndex(f => new { f.State, f.PublishedAt });
            b.HasIndex(f => f.DossierCode);
            // The figures of a period (LAW §9.4 group 5): the Center's items, an agency's, by the day they came in.
            b.HasIndex(f => new { f.CenterId, f.ReceivedAt });
            b.HasIndex(f => new { f.AnsweringUnitId, f.ReceivedAt });
            b.Property(f => f.ProposalCode).HasMaxLength(RegulationProposal.MaxCodeLength);
            // The Center's items about a regulation not yet in a proposal (R34).
            b.HasIndex(f => new { f.CenterId, f.Topic, f.ProposalCode });
        });
        model.Entity<RegulationProposal>(b =>
        {
            b.HasKey(p => p.Code);
            b.Property(p => p.Code).HasMaxLength(RegulationProposal.MaxCodeLength);
            b.Property(p => p.CenterId).HasMaxLength(40);
            b.Property(p => p.Title).HasMaxLength(RegulationProposal.MaxTitleLength);
            b.Property(p => p.ProcedureCode).HasMaxLength(Procedure.MaxCodeLength);
            b.Property(p => p.Text).HasMaxLength(RegulationProposal.MaxTextLength);
            b.Property(p => p.AddressedTo).HasMaxLength(RegulationProposal.MaxAddressedToLength);
            b.Property(p => p.State).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.DraftedBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property(p => p.SentBy).HasMaxLength(Applicant.MaxNameLength);
            b.Property<List<string>>("_itemCodes").HasColumnName("ItemCodes").AsJson();
            b.Ignore(p => p.ItemCodes);
            b.Property<int>(RowVersion).IsConcurrencyToken();
            // The letter's PDF in the file store, set at its first print once sent (R52).
            b.Property<string?>("DocumentSha256").HasMaxLength(64);
            b.HasIndex(p => new { p.CenterId, p.State, p.DraftedAt });
        });
    }

    static void OnRatingsCreating(ModelBuilder model)
    {
        model.Entity<Rating>(b =>
        {
            // One row per dossier (R33): the key is the code, so two first ratings at once save one.
            b.HasKey(r => r.DossierCode);
            b.Property(r => r.CenterId).HasMaxLength(40);
            b.Property(r => r.AgencyId).HasMaxLength(40);
            b.Property(r => r.ReceptionOfficerId).HasMaxLength(450);
            b.Property(r => r.ReceptionOfficerName).HasMaxLength(200);
            b.Property(r => r.ReturnOfficerId).HasMaxLength(450);
            b.Property(r => r.ReturnOfficerName).HasMaxLength(200);
            b.Property(r => r.Comment).HasMaxLength(RatingChoice.MaxCommentLength);
            // Only the aggregate reads the criteria; the figures count the overall level, a column.
            b.Property(r => r.Criteria).AsJson();
            b.Ignore(r => r.IsDissatisfied);
            // The figures over a period: a Center's, an agency's, and each officer's own (R63).
            b.HasIndex(r => new { r.CenterId, r.RatedAt });
            b.HasIndex(r => new { r.AgencyId, r.RatedAt });
            b.HasIndex(r => new { r.ReceptionOfficerId, r.RatedAt });
            b.HasIndex(r => new { r.ReturnOfficerId, r.RatedAt });
        });
    }

    static void OnFeesCreating(ModelBuilder model)
    {
        model.Entity<Receipt>(b =>
        {
            b.Property(r => r.Template).HasMaxLength(Receipt.MaxSeriesLength);
            b.Property(r => r.Series).HasMaxLength(Receipt.MaxSeriesLength);
            b.Property(r => r.CollectorUnitId).HasMaxLength(40);
            b.Property(r => r.AgencyId).HasMaxLength(40);
            b.Property(r => r.ProcedureCode).HasMaxLength(Procedure.MaxCodeLength);
            b.Property(r => r.Payer).HasMaxLength(Applicant.MaxNameLength);
            b.Property(r => r.Items).AsJson();
            b.Property(r => r.CollectedById).HasMaxLength(450);
            b.Property(r => r.CollectedByName).HasMaxLength(200);
            b.Property(r => r.GatewayTransaction).HasMaxLength(100);
            b.Property(r => r.CancelledBy).HasMaxLength(200);
            b.Property(r => r.CancelReason).HasMaxLength(Receipt.MaxTextLength);
            b.Property(r => r.RefundedBy).HasMaxLength(200);
            b.Property(r => r.RefundReason).HasMaxLength(Receipt.MaxTextLength);
            b.Property(r => r.Sha256).HasMaxLength(64);
            b.Ignore(r => r.Net);
            b.Ignore(r => r.NumberText);
            b.HasIndex(r => new { r.CollectorUnitId, r.Series, r.Number }).IsUnique();
            // The reconciliation and the remittance pages: one agency's or one collector's receipts over a period.
            b.HasIndex(r => new { r.AgencyId, r.CollectedAt });
            b.HasIndex(r => new { r.CollectorUnitId, r.AgencyId, r.RemittanceId });
            // The money still held (the remittance page, R29): a few weeks' receipts, however many years the table keeps.
            b.HasIndex(r => new { r.CollectorUnitId, r.AgencyId }, "IX_Receipts_Held").HasFilter("\"RemittanceId\" IS NULL AND \"CancelledAt\" IS NULL");
            // Money given back after its remittance and not yet settled (ADR 13): a handful of rows at any time.
            b.HasIndex(r => new { r.CollectorUnitId, r.AgencyId }, "IX_Receipts_Correction").HasFilter("\"Correction\" <> 0");
            b.HasIndex(r => r.DossierCode);
        });
        model.Entity<Remittance>(b =>
        {
            b.Property(r => r.CollectorUnitId).HasMaxLength(40);
            b.Property(r => r.AgencyId).HasMaxLength(40);
            b.Property(r => r.Reference).HasMaxLength(Remittance.MaxReferenceLength);
            b.Property(r => r.RecordedById).HasMaxLength(450);
            b.Property(r => r.RecordedByName).HasMaxLength(200);
            b.HasIndex(r => new { r.AgencyId, r.RemittedAt });
            b.HasIndex(r => new { r.CollectorUnitId, r.RemittedAt });
        });
        model.Entity<Reconciliation>(b =>
        {
            b.Property(r => r.AgencyId).HasMaxLength(40);
            b.Property(r => r.CollectorUnitId).HasMaxLength(40);
            b.Property(r => r.ConfirmedById).HasMaxLength(450);
            b.Property(r => r.ConfirmedByName).HasMaxLength(200);
            b.Property(r => r.Note).HasMaxLength(Receipt.MaxTextLength);
            b.HasIndex(r => new { r.AgencyId, r.CollectorUnitId, r.Year, r.Month }).IsUnique();
        });
        model.Entity<PaymentIntent>(b =>
        {
            b.Property(p => p.TxnRef).HasMaxLength(PaymentIntent.MaxTxnRefLength);
            b.Property(p => p.GatewayTransaction).HasMaxLength(100);
            b.Property(p => p.ResponseCode).HasMaxLength(2);
            b.Ignore(p => p.IsSettled);
            b.HasIndex(p => p.TxnRef).IsUnique();
            b.HasIndex(p => p.DossierCode);
        });
    }

    static void OnFilesCreating(ModelBuilder model)
    {
        model.Entity<IssuedForm>(b =>
        {
            b.Property(f => f.Form).HasMaxLength(20);
            b.Property(f => f.Number).HasMaxLength(40);
            b.Property(f => f.SignerId).HasMaxLength(450);
            b.Property(f => f.SignerName).HasMaxLength(200);
            b.Property(f => f.UnitId).HasMaxLength(40);
            b.Property(f => f.RuleVersion).HasMaxLength(200);
            b.Property(f => f.Sha256).HasMaxLength(64);
            // One document per issuing row: two first prints at once store one of them.
            b.HasIndex(f => new { f.DossierCode, f.Form, f.HistorySequence }).IsUnique();
        });
        model.Entity<DossierFile>(b =>
        {
            b.Property(f => f.Component).HasMaxLength(500);
            b.Property(f => f.FileName).HasMaxLength(200);
            b.Property(f => f.ContentType).HasMaxLength(100);
            b.Property(f => f.Sha256).HasMaxLength(64);
            b.Property(f => f.UploadedById).HasMaxLength(450);
            b.Property(f => f.UploadedByName).HasMaxLength(200);
            b.Property(f => f.UnitId).HasMaxLength(40);
            b.HasIndex(f => new { f.DossierCode, f.Kind });
        });
    }

    static void OnNotificationsCreating(ModelBuilder model)
    {
        model.Entity<OutboxMessage>(b =>
        {
            b.HasIndex(m => m.Key).IsUnique();
            b.Property(m => m.Key).HasMaxLength(200);
            b.Property(m => m.To).HasMaxLength(254);
            b.Property(m => m.Subject).HasMaxLength(300);
            b.Property(m => m.LeaseOwner).HasMaxLength(100);
            // The sender's query: what is pending and due.
            b.HasIndex(m => new { m.Status, m.NotBefore });
        });
        model.Entity<OfficerNotification>(b =>
        {
            b.HasIndex(n => n.Key).IsUnique();
            b.Property(n => n.Key).HasMaxLength(200);
            b.Property(n => n.UnitId).HasMaxLength(40);
            b.Property(n => n.Role).HasMaxLength(20);
            b.Property(n => n.OfficerId).HasMaxLength(450);
            b.HasIndex(n => new { n.UnitId, n.CreatedAt });
        });
        model.Entity<DeadlineAlert>(b =>
        {
            b.HasKey(a => a.Key);
            b.Property(a => a.Key).HasMaxLength(200);
            b.Property(a => a.Rule).HasMaxLength(100);
            b.HasIndex(a => a.DossierCode);
            // The newest alerts, read first by the monitor's and the inbox's panel.
            b.HasIndex(a => a.RaisedAt);
        });
        model.Entity<JobLease>(b =>
        {
            b.HasKey(l => l.Name);
            b.Property(l => l.Name).HasMaxLength(100);
            b.Property(l => l.Owner).HasMaxLength(100);
        });
        model.Entity<InstallationSecret>(b =>
        {
            b.HasKey(s => s.Name);
            b.Property(s => s.Name).HasMaxLength(InstallationSecret.MaxNameLength);
        });
    }

    /// <summary>Every dossier that got a new history row is a changed dossier: its row version moves, so a concurrent save of the same dossier fails.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpRowVersions();
        if (LocalityChanged())
            StampLocality(Settings.Local.FirstOrDefault() ?? Settings.Find(1));
        var summaries = SummaryChangesOfThisSave();
        using var transaction = !summaries.IsEmpty && Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        try
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            AddToSummaries(summaries);
            transaction?.Commit();
            return saved;
        }
        catch (DbUpdateException e) when (IsHistoryClash(e))
        {
            throw new DbUpdateConcurrencyException("Hồ sơ vừa được người khác cập nhật.", e);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpRowVersions();
        if (LocalityChanged())
            StampLocality(Settings.Local.FirstOrDefault() ?? await Settings.FindAsync([1], cancellationToken));
        // The tally and the state counts change with the dossiers, in one transaction (ADR 16, ADR 17).
        var summaries = SummaryChangesOfThisSave();
        await using var transaction = !summaries.IsEmpty && Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AddToSummariesAsync(summaries, cancellationToken);
            if (transaction is not null)
                await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch (DbUpdateException e) when (IsHistoryClash(e))
        {
            throw new DbUpdateConcurrencyException("Hồ sơ vừa được người khác cập nhật.", e);
        }
    }

    /// <summary>Whether this save changes what a node's cached locality is built from (changes were detected by <see cref="BumpRowVersions"/>).</summary>
    bool LocalityChanged() => ChangeTracker.Entries()
        .Any(e => e.Entity is CalendarDay or Data.Settings && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            // An agency's fee collector is part of the locality (R29); its name is not.
            || e.Entity is Unit && (e.State is EntityState.Added or EntityState.Deleted
                || e.State == EntityState.Modified && e.Property(nameof(Unit.FeeCollector)).IsModified));

    /// <summary>Without a settings row there is no stored locality to stamp: nodes use the defaults until one is added, with its own stamp.</summary>
    static void StampLocality(Data.Settings? settings)
    {
        if (settings is not null)
            settings.LocalityStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Two officers who act on one dossier at once both append history row N+1. Whichever statement
    /// the database runs first, the loser sees either the row version or that row's key: both mean
    /// "someone else changed this dossier", and are reported the same way.
    /// </summary>
    static bool IsHistoryClash(DbUpdateException e) =>
        e is not DbUpdateConcurrencyException
        && e.Entries.Any(x => x.Entity is HistoryEntry)
        && e.InnerException is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 1555 };

    /// <summary>
    /// Whether saving new history rows adds their notifications. Off only for rows that are history
    /// already when written (the demo seed): their events happened before anyone could be told.
    /// </summary>
    public bool NotifyFromHistory { get; set; } = true;

    /// <summary>Also adds the notifications each new history row calls for, in the same transaction.</summary>
    void BumpRowVersions()
    {
        ChangeTracker.DetectChanges();
        var added = ChangeTracker.Entries<HistoryEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => (Code: (DossierCode)e.Property("DossierCode").CurrentValue!, Entry: e.Entity))
            .ToList();
        var changed = added.Select(a => a.Code).ToHashSet();
        foreach (var entry in ChangeTracker.Entries<Dossier>().ToList())
        {
            if (NotifyFromHistory)
                foreach (var (_, history) in added.Where(a => a.Code == entry.Entity.Code))
                    HistoryNotifications.Add(this, entry.Entity, history);
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && changed.Contains(entry.Entity.Code)))
            {
                var version = entry.Property<int>(RowVersion);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is FeedbackItem or RegulationProposal or Secondment or Absence or ReplacementProposal
                     or OpinionRequest or OfficerAppraisal or AssetHandover or TrainingRecord or AwardRecord or Domain.Courier.CourierRound && e.State == EntityState.Modified))
        {
            var version = entry.Property(RowVersion);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
