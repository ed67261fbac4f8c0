using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Features.Feedback;
using MotCua.Features.Ratings;

namespace MotCua.Features.Demo;

public sealed partial class DemoSeed
{
    /// <summary>
    /// A few pieces of feedback on every channel and in every state, and ratings of returned dossiers at the three levels, one
    /// dissatisfied opening its feedback item as <see cref="RatingDesk"/> does. Made by the aggregates' own methods at past
    /// instants, as the dossiers are; numbered from the shared counter of feedback codes.
    /// </summary>
    sealed class FeedbackWalk(List<Account> accounts, Locality locality, DateTimeOffset now)
    {
        readonly Dictionary<DateOnly, long> _sequences = [];
        readonly List<FeedbackItem> _items = [];
        readonly List<Rating> _ratings = [];

        Actor Officer(string userName) => accounts.Single(a => a.Officer.UserName == userName).Actor;

        static Actor Sender(string name) => new("applicant", name, Role.Applicant, "");

        /// <summary>Working hours before now, on the calendar: the demo's clock.</summary>
        DateTimeOffset Ago(double workingHours) => locality.Calendar.SubtractWorkingTime(now, TimeSpan.FromHours(workingHours));

        DateTimeOffset After(DateTimeOffset at, double workingHours) => locality.Calendar.AddWorkingTime(at, TimeSpan.FromHours(workingHours));

        string NextCode(DateTimeOffset at)
        {
            var day = locality.Calendar.LocalDate(at);
            _sequences[day] = _sequences.GetValueOrDefault(day) + 1;
            return FeedbackDesk.CodeOf(day, _sequences[day]);
        }

        static FeedbackSender From(Applicant applicant) => FeedbackSender.Create(applicant.Name, applicant.Phone, applicant.Email, applicant.Address).Value!;

        static FeedbackSender Person(string name, string? phone, string? email, string address) => FeedbackSender.Create(name, phone, email, address).Value!;

        FeedbackItem Receive(DateTimeOffset at, FeedbackChannel channel, FeedbackTopic topic, FeedbackSender sender, string subject, string text, Actor by,
            Dossier? dossier = null)
        {
            var item = FeedbackItem.Receive(NextCode(at), DemoCatalog.Center.Id, channel, topic, sender, subject, text, dossier?.Code,
                topic == FeedbackTopic.AgencyHandling ? dossier?.AgencyId ?? DemoCatalog.Justice.Id : null, by, at, locality);
            _items.Add(Done(item));
            return item.Value!;
        }

        /// <summary>A demo step the rules refuse is a mistake in this file, not data to skip.</summary>
        static T Done<T>(Outcome<T> outcome) where T : class => outcome.Value ?? throw new InvalidOperationException(outcome.ToString());

        static void Done(Outcome outcome)
        {
            if (!outcome.Succeeded)
                throw new InvalidOperationException(outcome.ToString());
        }

        public void Run(IReadOnlyList<Dossier> dossiers, MotCuaDbContext db)
        {
            var justice = dossiers.Where(d => d.AgencyId == DemoCatalog.Justice.Id && d.State.WasReceived()).ToList();
            var staff = Officer("giamsat");
            var director = Officer("giamdoc");

            // On the portal, about a regulation: just received, nobody has answered yet.
            Receive(Ago(6), FeedbackChannel.Portal, FeedbackTopic.Regulation,
                Person("Trịnh Văn Khải", "0903418276", null, "Thôn Đông, xã Vĩnh Hòa, huyện Vĩnh An"),
                "Đề nghị không yêu cầu bản sao chứng thực khi đã nộp trực tuyến",
                "Khi nộp hồ sơ trực tuyến xin cấp Giấy xác nhận tình trạng hôn nhân, tôi vẫn được yêu cầu mang bản sao có chứng thực giấy tờ tùy thân "
                + "đến Trung tâm để đối chiếu. Đề nghị xem xét khai thác thông tin từ Cơ sở dữ liệu quốc gia về dân cư để người dân không phải đi lại.",
                Sender("Trịnh Văn Khải"));

            // A call to the hotline about a dossier still without its result, forwarded the same morning to Phòng Tư pháp, which has not answered yet.
            var called = Ago(3 * 8 + 5);
            var asked = justice.Where(d => d.SubmittedAt < called && d.Timeliness is null).OrderBy(d => d.Due ?? DateTimeOffset.MaxValue).FirstOrDefault();
            if (asked is not null)
            {
                var call = Receive(called, FeedbackChannel.Hotline, FeedbackTopic.AgencyHandling, From(asked.Applicant),
                    $"Hỏi tiến độ giải quyết hồ sơ {asked.Code}",
                    "Người nộp gọi đường dây nóng hỏi vì sao hồ sơ chưa có kết quả, không được báo lý do. "
                    + "Đề nghị cơ quan giải quyết cho biết khi nào trả kết quả.", staff, asked);
                Done(call.Forward(staff, After(called, 1.5)));
            }

            // A slip left at the counter about the waiting area, answered by the Center.
            var slipAt = Ago(8 * 8 + 2);
            var slip = Receive(slipAt, FeedbackChannel.SuggestionSlip, FeedbackTopic.CenterCoordination,
                Person("Phí Văn Lộc", "0915207384", null, "Tổ 3, thị trấn Vĩnh An, huyện Vĩnh An"),
                "Khu vực chờ thiếu chỗ ngồi vào sáng thứ Hai",
                "Sáng thứ Hai có rất đông người đến nộp hồ sơ, khu vực chờ không đủ ghế, nhiều người cao tuổi phải đứng chờ lâu. "
                + "Đề nghị Trung tâm bố trí thêm ghế và ưu tiên người cao tuổi.", Officer("tiepnhan1"));
            Done(slip.AnswerWith("Trung tâm cảm ơn ông đã góp ý. Trung tâm đã bố trí thêm 12 ghế chờ tại sảnh và dành quầy số 1 ưu tiên người cao tuổi, "
                + "người khuyết tật, phụ nữ mang thai vào các buổi sáng thứ Hai và thứ Sáu.", staff, After(slipAt, 2 * 8), locality));

            // On the portal about Phòng Tư pháp's handling: forwarded, answered by the agency, published by the Center, liked by its sender.
            var sentAt = Ago(14 * 8 + 3);
            var returned = justice.Where(d => d.State == DossierState.Returned && d.History[^1].At < sentAt).MaxBy(d => d.History[^1].At);
            if (returned is not null)
            {
                var sent = Receive(sentAt, FeedbackChannel.Portal, FeedbackTopic.AgencyHandling, From(returned.Applicant),
                    "Phải chờ lâu khi đến nhận kết quả",
                    "Tôi đến Trung tâm nhận kết quả đúng ngày hẹn nhưng phải chờ hơn một giờ vì kết quả chưa được chuyển sang quầy trả. "
                    + "Đề nghị cơ quan chuyển kết quả sớm hơn để người dân không phải chờ.", Sender(returned.Applicant.Name), returned);
                Done(sent.Forward(staff, After(sentAt, 2)));
                var answeredAt = After(sentAt, 3 * 8);
                Done(sent.AnswerWith($"Phòng Tư pháp đã kiểm tra hồ sơ {returned.Code}: kết quả được ký đúng hạn nhưng chuyển sang Bộ phận trả kết quả chậm. "
                    + $"Phòng Tư pháp xin lỗi Ông/Bà {returned.Applicant.Name} và đã yêu cầu chuyên viên chuyển kết quả sang Trung tâm ngay trong ngày ký.",
                    Officer("lanhdao1"), answeredAt, locality));
                Done(sent.Publish("Phòng Tư pháp đã kiểm tra: kết quả được ký đúng hạn nhưng chuyển sang Bộ phận trả kết quả chậm. Phòng Tư pháp xin lỗi người phản ánh "
                    + "và đã yêu cầu chuyên viên chuyển kết quả sang Trung tâm ngay trong ngày ký.", staff, After(answeredAt, 4), locality));
                Done(sent.Rate(AnswerVerdict.Like, Sender(returned.Applicant.Name), After(answeredAt, 8)));
            }

            // An officer's own feedback on the Center's management, answered by the director.
            var ownAt = Ago(10 * 8 + 1);
            var own = Receive(ownAt, FeedbackChannel.Officer, FeedbackTopic.CenterManagement,
                Person("Trần Minh Tuấn", null, "tiepnhan2@motcua.example", "Trung tâm Phục vụ hành chính công huyện Vĩnh An"),
                "Máy quét tại quầy số 3 thường xuyên kẹt giấy",
                "Máy quét tại quầy số 3 thường xuyên kẹt giấy nên việc số hóa hồ sơ khi tiếp nhận mất nhiều thời gian, người dân phải chờ lâu. "
                + "Đề nghị sửa chữa hoặc thay máy mới.", Officer("tiepnhan2"));
            Done(own.AnswerWith("Trung tâm đã làm việc với đơn vị cung cấp thiết bị; máy quét tại quầy số 3 đã được thay mới. "
                + "Khi thiết bị gặp sự cố, các quầy báo ngay cho bộ phận quản trị để xử lý trong ngày.", director, After(ownAt, 3 * 8), locality));

            // An e-mail about an officer's manner: the director asks the sender for the day and the counter before answering.
            var mailAt = Ago(4 * 8 + 6);
            var mail = Receive(mailAt, FeedbackChannel.Email, FeedbackTopic.OfficerConduct,
                Person("Kiều Thị Nga", null, "kieuthinga@motcua.example", "Xóm Chùa, xã Vĩnh Phúc, huyện Vĩnh An"),
                "Thái độ của cán bộ tại quầy trả kết quả",
                "Khi tôi hỏi lại về khoản lệ phí phải nộp, cán bộ trả kết quả trả lời thiếu nhã nhặn và không giải thích rõ. Đề nghị Trung tâm nhắc nhở.",
                staff);
            Done(mail.RequestInformation("Đề nghị bà cho biết ngày, giờ đến nhận kết quả và số quầy (hoặc mã hồ sơ) để Trung tâm xác minh.", director, After(mailAt, 4)));

            Rate(dossiers);
            db.FeedbackItems.AddRange(_items);
            db.Ratings.AddRange(_ratings);
            foreach (var (day, last) in _sequences)
                db.DossierCounters.Add(new DossierCounter { AgencyId = FeedbackDesk.CodeCounter, Day = day, Last = last });
        }

        static readonly (SatisfactionLevel Level, RatingChannel Channel, string? Comment)[] Choices =
        [
            (SatisfactionLevel.VerySatisfied, RatingChannel.CounterTablet, "Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn."),
            (SatisfactionLevel.Satisfied, RatingChannel.ReceiptQr, null),
            (SatisfactionLevel.VerySatisfied, RatingChannel.Portal, null),
            (SatisfactionLevel.Satisfied, RatingChannel.CounterTablet, "Thủ tục nhanh, nhưng phải chờ lấy số khá lâu."),
            (SatisfactionLevel.Dissatisfied, RatingChannel.ReceiptQr, "Kết quả trả chậm so với giấy hẹn mà không được báo trước."),
            (SatisfactionLevel.VerySatisfied, RatingChannel.CounterTablet, null),
            (SatisfactionLevel.Satisfied, RatingChannel.Portal, null),
            (SatisfactionLevel.Satisfied, RatingChannel.CounterTablet, null),
            (SatisfactionLevel.VerySatisfied, RatingChannel.ReceiptQr, "Nhận kết quả qua bưu điện rất tiện."),
            (SatisfactionLevel.Satisfied, RatingChannel.CounterTablet, null),
        ];

        /// <summary>The latest returned dossiers rated soon after their return, the dissatisfied one preferably a late one.</summary>
        void Rate(IReadOnlyList<Dossier> dossiers)
        {
            var returned = dossiers.Where(d => d.State == DossierState.Returned && d.History.Any(h => h.Action == DossierAction.Receive))
                .OrderByDescending(d => d.History[^1].At).Take(Choices.Length).ToList();
            var unhappy = returned.FindIndex(d => d.Timeliness == Timeliness.Late);
            if (unhappy >= 0 && returned.Count > 4)
                (returned[unhappy], returned[4]) = (returned[4], returned[unhappy]);
            for (var i = 0; i < returned.Count; i++)
            {
                var dossier = returned[i];
                var (level, channel, comment) = Choices[i];
                // At the counter right after the return; by the receipt's QR or the portal later that day.
                var at = After(dossier.History[^1].At, channel == RatingChannel.CounterTablet ? 0.1 : 3);
                if (at >= now)
                    at = now;
                CriterionLevel[] criteria = level == SatisfactionLevel.Dissatisfied
                    ? [new(RatingCriterion.OnTimeHandling, SatisfactionLevel.Dissatisfied), new(RatingCriterion.StaffAttitude, SatisfactionLevel.Satisfied)]
                    : [];
                var choice = new RatingChoice(level, criteria, comment);
                _ratings.Add(Done(Rating.Rate(null, RatedDossier.From(dossier), choice, channel, at, locality.Profile.RatingChangeWindow, locality.Calendar)));
                if (level == SatisfactionLevel.Dissatisfied)
                    _items.Add(Done(RatingDesk.Dissatisfied(NextCode(at), DemoCatalog.Center.Id, dossier, choice, at, locality)));
            }
        }
    }
}
