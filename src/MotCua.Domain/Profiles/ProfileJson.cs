using System.Globalization;
using System.Text.Json;
using MotCua.Domain.Catalog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Fees;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;

namespace MotCua.Domain.Profiles;

/// <summary>
/// Reads a profile file (Profiles/Data/*.json). Every member is required, so a misspelt name is
/// reported as missing instead of silently taking a default; "not set" is written explicitly (null,
/// [] or "notSet"). Other members (notes) are documentation and are ignored.
/// Time limits use the command line's notation: "3d" working days, "4h" working hours, "15cd" days.
/// </summary>
internal static class ProfileJson
{
    public static LocalityProfile Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidProfileException([$"Tệp cấu hình không phải JSON hợp lệ (dòng {e.LineNumber + 1}): {e.Message}"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidProfileException(["Tệp cấu hình phải là một đối tượng JSON."]);
            var problems = new List<string>();
            var root = new Members(document.RootElement, "", problems);
            // Read in the file's order, so the problems come in the order an administrator reads them.
            var profile = new LocalityProfile
            {
                Id = root.String("id"),
                Name = root.String("name"),
                LegalBase = root.String("legalBase"),
                Source = root.String("source"),
                Level = root.Enum<ProcedureLevel>("level"),
                CourierRounds = root.Times("courierRounds"),
                PaperHandOverRecord = root.Enum<PaperHandOverRecord>("paperHandOverRecord"),
                ThreeStepPaperAtOnce = root.Bool("threeStepPaperAtOnce"),
                SupplementRequestLimit = root.Limit("supplementRequestLimit") ?? default,
                CloseUnsupplementedAfter = root.NullableLimit("closeUnsupplementedAfter"),
                DueCounting = root.Enum<DueCounting>("dueCounting"),
                ResultHandOver = root.Object("resultHandOver") is { } h
                    ? new ResultHandOver(h.Enum<ResultHandOverRule>("rule"), h.Hours("workingHoursBeforeTimedAppointment"))
                    : null!,
                FeeRemittance = root.Object("feeRemittance") is { } f
                    ? new FeeRemittance(
                        f.String("description"),
                        f.Enum<RemittanceCadence>("cash"),
                        f.Enum<RemittanceCadence>("transfers"),
                        f.NullableObject("reconciliation") is { } r ? new ReconciliationWindow(r.Integer("firstDay"), r.Integer("lastDay")) : null)
                    : null!,
                SoleFeeCollectorAndReturnPoint = root.Bool("soleFeeCollectorAndReturnPoint"),
                FeeCollector = root.Enum<FeeCollector>("feeCollector"),
                OfficerEvaluation = root.Object("officerEvaluation") is { } e
                    ? new OfficerEvaluation(
                        e.Enums<EvaluationBasis>("bases"),
                        e.Enum<EvaluationCadence>("cadence"),
                        e.NullableMonthDay("centerEvaluationDueBefore"),
                        e.NullableMonthDay("agencyRatingsDueBefore"),
                        e.String("description"))
                    : null!,
                OfficerRules = root.Object("officerRules") is { } o
                    ? new OfficerRules(
                        o.Bool("primaryAndBackupRequired"),
                        o.Bool("noRecallWithoutCenterApproval"),
                        o.Bool("delegatedApproval"),
                        o.Enum<OfficerRank>("minimumRank"),
                        o.NullableInteger("minimumSecondmentMonths"),
                        o.Enums<AbsenceKind>("absenceNotice"),
                        o.String("description"))
                    : null!,
                OfficerSupport = root.Object("officerSupport") is { } s
                    ? new OfficerSupport(
                        s.Enum<StationerySupplier>("stationery"),
                        s.Enum<UniformSupply>("uniforms"),
                        s.Enum<TrainingOrganiser>("training"),
                        s.String("description"))
                    : null!,
                FeedbackForwardingLimit = root.NullableLimit("feedbackForwardingLimit"),
                FeedbackTimings = root.Object("feedbackTimings") is { } t
                    ? new FeedbackTimings(
                        t.Limit("refuse") ?? default,
                        t.Limit("firstRequest") ?? default,
                        t.Limit("handle") ?? default,
                        t.Limit("publish") ?? default)
                    : null!,
                PublishAnswersOnNationalPortal = root.Bool("publishAnswersOnNationalPortal"),
                FeedbackReportsTo = root.String("feedbackReportsTo"),
                FiveOnTheSpot = root.Bool("fiveOnTheSpot"),
                RatingChangeWindow = root.Limit("ratingChangeWindow") ?? default,
            };
            // Structural problems first: a missing member would otherwise also show up as a wrong value,
            // and a missing object left a null behind that the profile must never be used with.
            if (problems.Count > 0)
                throw new InvalidProfileException(problems);
            var invalid = profile.Problems();
            if (invalid.Count > 0)
                throw new InvalidProfileException(invalid);
            return profile;
        }
    }

    /// <summary>The members of one JSON object, each read with its path so that a problem names where it is.</summary>
    sealed class Members(JsonElement element, string path, List<string> problems)
    {
        public string String(string name) =>
            Get(name, JsonValueKind.String, "một chuỗi") is { } e ? e.GetString()! : "";

        public bool Bool(string name)
        {
            if (!TryGet(name, out var e))
                return false;
            if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
                return e.GetBoolean();
            Wrong(name, "true hoặc false", e);
            return false;
        }

        /// <summary>A number of working hours; bounded so that a typo cannot overflow a TimeSpan.</summary>
        public TimeSpan Hours(string name)
        {
            if (Get(name, JsonValueKind.Number, "một số giờ") is not { } e)
                return TimeSpan.Zero;
            var hours = e.GetDouble();
            if (Math.Abs(hours) <= 1000)
                return TimeSpan.FromHours(hours);
            Wrong(name, "một số giờ không quá 1000", e);
            return TimeSpan.Zero;
        }

        public int Integer(string name)
        {
            if (Get(name, JsonValueKind.Number, "một số nguyên") is not { } e)
                return 0;
            if (e.TryGetInt32(out var value))
                return value;
            Wrong(name, "một số nguyên");
            return 0;
        }

        public int? NullableInteger(string name) => IsNull(name) ? null : Integer(name);

        public T Enum<T>(string name) where T : struct, Enum
        {
            var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(CamelCase));
            if (Get(name, JsonValueKind.String, $"một trong: {allowed}") is not { } e)
                return default;
            var text = e.GetString();
            // Enum.TryParse also takes numbers ("1"); the file must name the value.
            if (!string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
                return value;
            Wrong(name, $"một trong: {allowed}", e);
            return default;
        }

        /// <summary>A list of named values, each at most once.</summary>
        public IReadOnlyList<T> Enums<T>(string name) where T : struct, Enum
        {
            var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(CamelCase));
            if (Get(name, JsonValueKind.Array, $"một danh sách gồm: {allowed}") is not { } array)
                return [];
            var values = new List<T>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                index++;
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                if (!string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: true, out var value)
                    && System.Enum.IsDefined(value) && !values.Contains(value))
                    values.Add(value);
                else
                    problems.Add($"Mục \"{Path(name)}\", phần tử thứ {index} ({item.GetRawText()}) phải là một trong: {allowed}, mỗi giá trị một lần.");
            }
            return values;
        }

        public TimeLimit? Limit(string name)
        {
            if (Get(name, JsonValueKind.String, "một thời hạn (\"3d\", \"4h\", \"15cd\")") is not { } e)
                return null;
            if (TimeLimit.TryParse(e.GetString()!, out var limit))
                return limit;
            Wrong(name, "một thời hạn: \"3d\" = 3 ngày làm việc, \"4h\" = 4 giờ làm việc, \"15cd\" = 15 ngày", e);
            return null;
        }

        public TimeLimit? NullableLimit(string name) => IsNull(name) ? null : Limit(name);

        public MonthDay? NullableMonthDay(string name)
        {
            if (IsNull(name) || Get(name, JsonValueKind.String, "null hoặc một ngày dạng \"MM-dd\"") is not { } e)
                return null;
            var text = e.GetString()!;
            if (text.Length == 5 && text[2] == '-'
                && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && new MonthDay(month, day) is { IsValid: true } monthDay)
                return monthDay;
            Wrong(name, "một ngày có thật dạng \"MM-dd\" (ví dụ \"12-05\" là ngày 05/12)", e);
            return null;
        }

        public IReadOnlyList<TimeOnly> Times(string name)
        {
            if (Get(name, JsonValueKind.Array, "một danh sách giờ dạng \"HH:mm\"") is not { } array)
                return [];
            var times = new List<TimeOnly>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                index++;
                if (item.ValueKind == JsonValueKind.String
                    && TimeOnly.TryParseExact(item.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                    times.Add(time);
                else
                    problems.Add($"Mục \"{Path(name)}\", phần tử thứ {index} ({item.GetRawText()}) phải là giờ dạng \"HH:mm\".");
            }
            return times;
        }

        public Members? Object(string name) =>
            Get(name, JsonValueKind.Object, "một đối tượng") is { } e ? new Members(e, Path(name), problems) : null;

        public Members? NullableObject(string name) => IsNull(name) ? null : Object(name);

        bool IsNull(string name) => element.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Null;

        JsonElement? Get(string name, JsonValueKind kind, string expected)
        {
            if (!TryGet(name, out var e))
                return null;
            if (e.ValueKind == kind)
                return e;
            Wrong(name, expected, e);
            return null;
        }

        bool TryGet(string name, out JsonElement value)
        {
            if (element.TryGetProperty(name, out value))
                return true;
            problems.Add($"Thiếu mục \"{Path(name)}\".");
            return false;
        }

        void Wrong(string name, string expected, JsonElement? actual = null) =>
            problems.Add($"Mục \"{Path(name)}\" phải là {expected}{(actual is { } a ? $", không phải {a.GetRawText()}" : "")}.");

        string Path(string name) => path.Length == 0 ? name : $"{path}.{name}";

        static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }
}
