using System.Globalization;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;

namespace MotCua.Domain.Courier;

/// <summary>Which way a round carries paper: dossiers from the Center to the agency, or results back to the Center.</summary>
public enum CourierDirection
{
    ToAgency,
    ToCenter,
}

/// <summary>One dossier of a round's manifest; <see cref="Received"/> is what the receiver ticked at confirmation.</summary>
public sealed class CourierItem
{
    CourierItem()
    {
        Code = null!;
    }

    internal CourierItem(DossierCode code) => Code = code;

    public DossierCode Code { get; private set; }
    public bool Received { get; internal set; }
}

/// <summary>What the receiving side confirmed: who, when, the count they made, the name of who signed the record (R12).</summary>
public sealed record CourierConfirmation(DateTimeOffset At, Actor By, string SignedBy, int Counted);

/// <summary>
/// One courier round between the Center and one agency on one local day (R12): at one of the profile's times,
/// or an extra round (chuyến bổ sung) when volume or a three-step procedure needs one. The dispatching side
/// writes the manifest; the receiving side counts, ticks the dossiers actually received and signs the record
/// the profile names. A dossier in the manifest and not received is a discrepancy the confirmation keeps.
/// </summary>
public sealed class CourierRound
{
    public const int MaxNameLength = 200;
    public const int MaxDossiers = 500;

    readonly List<CourierItem> _items = [];

    CourierRound()
    {
        CenterId = AgencyId = CourierName = "";
        DispatchedBy = null!;
    }

    public Guid Id { get; private set; }
    public string CenterId { get; private set; }
    public string AgencyId { get; private set; }
    public CourierDirection Direction { get; private set; }
    /// <summary>The local day of the round.</summary>
    public DateOnly Day { get; private set; }
    /// <summary>The profile's round time; null for an extra round.</summary>
    public TimeOnly? Time { get; private set; }
    /// <summary>The record the receiver signs, as the profile said when the round left.</summary>
    public PaperHandOverRecord Record { get; private set; }
    public string CourierName { get; private set; }
    public Actor DispatchedBy { get; private set; }
    public DateTimeOffset DispatchedAt { get; private set; }
    public CourierConfirmation? Confirmation { get; private set; }

    public IReadOnlyList<CourierItem> Items => _items;
    public IEnumerable<DossierCode> Manifest => _items.Select(i => i.Code);
    public IEnumerable<DossierCode> Received => _items.Where(i => i.Received).Select(i => i.Code);
    /// <summary>The dossiers that left and did not arrive: empty until confirmed.</summary>
    public IEnumerable<DossierCode> Missing => Confirmation is null ? [] : _items.Where(i => !i.Received).Select(i => i.Code);
    public bool HasDiscrepancy => Missing.Any();

    public string Label => Time is { } t ? $"Chuyến {t.ToString("HH:mm", CultureInfo.InvariantCulture)}" : "Chuyến bổ sung";

    /// <summary>The side that hands over (the Center for dossiers, the agency for results).</summary>
    public string FromUnitId => Direction == CourierDirection.ToAgency ? CenterId : AgencyId;
    public string ToUnitId => Direction == CourierDirection.ToAgency ? AgencyId : CenterId;

    /// <summary>
    /// The dispatching side sends a round with its manifest (R12): at one of the profile's times on a working day, once per
    /// time, or as an extra round (<paramref name="time"/> null) at any time; only dossiers waiting for this agency and direction.
    /// </summary>
    /// <param name="waiting">The dossiers waiting to travel this way (paper, handed over, in no round yet).</param>
    /// <param name="dispatchedTimes">The profile times already dispatched today for this agency and direction.</param>
    public static Outcome<CourierRound> Dispatch(string centerId, string agencyId, CourierDirection direction, TimeOnly? time, string courierName,
        IReadOnlyList<DossierCode> manifest, IReadOnlySet<DossierCode> waiting, IReadOnlyCollection<TimeOnly> dispatchedTimes,
        Actor by, DateTimeOffset at, Locality locality)
    {
        const string action = "giao chuyến hồ sơ giấy";
        if (!DispatcherRoles(direction).Contains(by.Role))
            return CourierRules.RoleNotAllowed(action, by.Role);
        if (by.UnitId != UnitOf(by.Role, centerId, agencyId))
            return CourierRules.NotYourUnit(action);
        var day = locality.Calendar.LocalDate(at);
        if (time is { } t)
        {
            if (!locality.Profile.CourierRounds.Contains(t))
                return CourierRules.NotARoundTime;
            if (!locality.Calendar.IsWorkingDay(day))
                return CourierRules.NotAWorkingDay;
            if (dispatchedTimes.Contains(t))
                return CourierRules.RoundAlreadyDispatched;
        }
        var codes = manifest.Distinct().ToList();
        if (codes.Count == 0)
            return CourierRules.ManifestEmpty;
        if (codes.Count > MaxDossiers)
            return CourierRules.TooManyDossiers(MaxDossiers);
        if (codes.FirstOrDefault(c => !waiting.Contains(c)) is { } stray)
            return CourierRules.NotWaiting(stray.ToString());
        var name = courierName.Trim();
        if (NameProblem(name, "Tên người vận chuyển") is { } problem)
            return CourierRules.CourierNameInvalid(problem);
        var round = new CourierRound
        {
            Id = Guid.CreateVersion7(at),
            CenterId = centerId,
            AgencyId = agencyId,
            Direction = direction,
            Day = day,
            Time = time,
            Record = locality.Profile.PaperHandOverRecord,
            CourierName = name,
            DispatchedBy = by,
            DispatchedAt = at,
        };
        round._items.AddRange(codes.Select(c => new CourierItem(c)));
        return round;
    }

    /// <summary>Whether <paramref name="by"/> may confirm this round now: null when yes, else the broken rule.</summary>
    public BrokenRule? ConfirmRefusal(Actor by)
    {
        const string action = "xác nhận nhận chuyến hồ sơ giấy";
        if (Confirmation is not null)
            return CourierRules.AlreadyConfirmed;
        if (!ReceiverRoles(Direction).Contains(by.Role))
            return CourierRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == UnitOf(by.Role, CenterId, AgencyId) ? null : CourierRules.NotYourUnit(action);
    }

    /// <summary>
    /// The receiving side checks the count, ticks the dossiers actually received and signs the profile's record (R12);
    /// the count must agree with the ticks. Dossiers not ticked are the round's discrepancy.
    /// </summary>
    public Outcome Confirm(int counted, IReadOnlyCollection<DossierCode> received, string signedBy, Actor by, DateTimeOffset at)
    {
        if (ConfirmRefusal(by) is { } refused)
            return refused;
        if (at < DispatchedAt)
            throw new InvalidOperationException($"Thời điểm {at:O} sớm hơn lúc giao chuyến {Id}.");
        if (counted < 0 || counted > _items.Count)
            return CourierRules.CountInvalid(_items.Count);
        var ticked = received.Distinct().ToList();
        if (ticked.Any(c => _items.All(i => i.Code != c)))
            return CourierRules.NotInManifest;
        if (counted != ticked.Count)
            return CourierRules.CountDiffers(counted, ticked.Count);
        var signer = signedBy.Trim();
        if (NameProblem(signer, "Họ tên người ký nhận") is { } problem)
            return CourierRules.SignerInvalid(problem);
        foreach (var item in _items)
            item.Received = ticked.Contains(item.Code);
        Confirmation = new CourierConfirmation(at, by, signer, counted);
        return Outcome.Ok;
    }

    /// <summary>A name is required, on one line, printable on the record both sides sign.</summary>
    static string? NameProblem(string name, string what) =>
        name.Length == 0 ? $"Phải ghi {what.ToLowerInvariant()}." : FormText.Problem(name, what, MaxNameLength);

    /// <summary>Who may send a round: the Center's desk sends dossiers; the agency, or the postal courier it hands them to, sends results (Vĩnh Long Art. 4.4.a).</summary>
    public static IReadOnlyList<Role> DispatcherRoles(CourierDirection direction) => direction == CourierDirection.ToAgency
        ? [Role.Reception, Role.CenterStaff]
        : [Role.Processor, Role.AgencyLeader, Role.Courier];

    /// <summary>Who may confirm: the receiving side, or the courier entering what the receiver counted and signed on paper.</summary>
    public static IReadOnlyList<Role> ReceiverRoles(CourierDirection direction) => direction == CourierDirection.ToAgency
        ? [Role.Processor, Role.AgencyLeader, Role.Courier]
        : [Role.Reception, Role.CenterStaff, Role.Courier];

    /// <summary>The unit a role acts for in a round: agency officers for the agency; the Center's staff and its couriers for the Center.</summary>
    static string UnitOf(Role role, string centerId, string agencyId) => role is Role.Processor or Role.AgencyLeader ? agencyId : centerId;

    public static string Vietnamese(CourierDirection direction) => direction == CourierDirection.ToAgency
        ? "Hồ sơ giấy từ Trung tâm đến cơ quan"
        : "Kết quả giấy từ cơ quan về Trung tâm";
}
