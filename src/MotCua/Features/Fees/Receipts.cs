using MotCua.Data;
using MotCua.Domain;
using MotCua.Data.Fees;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;

namespace MotCua.Features.Fees;

/// <summary>How receipts are numbered and made from a collection (R29).</summary>
public static class Receipts
{
    /// <summary>The template symbol of the receipts the system issues; a collector registers it with the tax authority.</summary>
    public const string Template = "01BLP";

    /// <summary>The series names the year ("BL26E": 2026, electronic), so each year's numbers start at 1.</summary>
    public static string Series(int year) => $"BL{year % 100:D2}E";

    /// <summary>The counter behind a collector's numbers of a year (<see cref="Counters.NextAsync"/>).</summary>
    public static (string Key, DateOnly Day) Counter(string collectorUnitId, int year) => ($"{collectorUnitId}/bien-lai", new DateOnly(year, 1, 1));

    public static string CollectorUnit(Dossier dossier) => dossier.FeeCollector == FeeCollector.Center ? dossier.CenterId : dossier.AgencyId;

    /// <summary>The receipt of a collection that issued one, with the number given to it.</summary>
    public static Receipt From(Dossier dossier, Collection collection, int year, long number, Actor by, DateTimeOffset at, string? gatewayTransaction) => new()
    {
        Id = collection.ReceiptId!.Value,
        Template = Template,
        Series = Series(year),
        Year = year,
        Number = number,
        CollectorUnitId = CollectorUnit(dossier),
        AgencyId = dossier.AgencyId,
        ProcedureCode = dossier.Procedure.Code,
        DossierCode = dossier.Code,
        HistorySequence = dossier.History[^1].Sequence,
        Payer = dossier.Applicant.Name,
        Items = collection.Bill.Items,
        Total = collection.Bill.Total,
        Method = dossier.Payments[^1].Method,
        CollectedAt = at,
        CollectedById = by.Id,
        CollectedByName = by.Name,
        GatewayTransaction = gatewayTransaction,
    };
}
