using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Applicants;

/// <summary>The one reading of an applicant (R6: what the receipt prints of them), for the counter, the portal and the API.</summary>
public class ApplicantTests
{
    const NotifyBy Both = NotifyBy.Email | NotifyBy.Sms;

    static Checked<Applicant> Create(string? name = "Đỗ Thị Hoa", string? identity = "001190012345", string? address = "Số 5, đường Lê Lợi, huyện Vĩnh An",
        string? phone = "0912 345 678", string? email = "hoa@example.vn", bool organization = false) =>
        Applicant.Create(name, identity, address, phone, email, organization, Both);

    static string Error(Checked<Applicant> read, string field) => Assert.Single(read.Errors, e => e.Field == field).Message;

    [Fact]
    public void Reads_a_whole_applicant_trimmed_with_the_canonical_phone_R6()
    {
        var applicant = Create(name: "  Đỗ Thị Hoa ", identity: "001 190 012 345", phone: "+84 912.345.678", email: " hoa@example.vn ").Value!;
        Assert.Equal("Đỗ Thị Hoa", applicant.Name);
        Assert.Equal("001190012345", applicant.IdentityNumber);
        Assert.Equal("0912345678", applicant.Phone);
        Assert.Equal("hoa@example.vn", applicant.Email);
        Assert.Equal(Both, applicant.NotifyBy);
        Assert.Null(Create(email: "  ").Value!.Email);
    }

    [Fact]
    public void The_limits_are_the_columns_widths_R6()
    {
        Assert.NotNull(Create(name: new string('a', Applicant.MaxNameLength), address: new string('a', Applicant.MaxAddressLength)).Value);
        Assert.Equal("Họ và tên không quá 200 ký tự.", Error(Create(name: new string('a', 201)), "Name"));
        Assert.Equal("Tên tổ chức không quá 200 ký tự.", Error(Create(name: new string('a', 201), identity: "0101234567", organization: true), "Name"));
        Assert.Equal("Địa chỉ không quá 500 ký tự.", Error(Create(address: new string('a', 501)), "Address"));
        Assert.StartsWith("Địa chỉ thư điện tử không hợp lệ", Error(Create(email: new string('a', 250) + "@x.vn"), "Email"));
    }

    [Fact]
    public void Every_wrong_field_is_named_at_once()
    {
        var read = Create(name: " ", identity: "12", address: "", phone: "12345", email: "không phải thư");
        Assert.Null(read.Value);
        Assert.Equal(["Name", "IdentityNumber", "Address", "Phone", "Email"], read.Errors.Select(e => e.Field));
        Assert.Equal("Nhập họ và tên người nộp hồ sơ.", Error(read, "Name"));
        Assert.Equal("Nhập địa chỉ liên hệ của người nộp hồ sơ.", Error(read, "Address"));
        Assert.Equal(PhoneNumber.Shape, Error(read, "Phone"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00119001234")]
    [InlineData("0011900123456")]
    [InlineData("00119001234X")]
    public void An_individual_gives_a_12_digit_personal_number_R6(string? identity)
    {
        Assert.Equal("Số định danh cá nhân (số căn cước) gồm 12 chữ số.", Error(Create(identity: identity), "IdentityNumber"));
    }

    [Theory]
    [InlineData("0101234567", "0101234567")]
    [InlineData("0101234567-001", "0101234567001")]
    public void An_organization_gives_its_enterprise_code_R6(string identity, string kept)
    {
        Assert.Equal(kept, Create(name: "Công ty TNHH Vĩnh An", identity: identity, organization: true).Value!.IdentityNumber);
        Assert.StartsWith("Mã số doanh nghiệp", Error(Create(identity: "001190012345", organization: true), "IdentityNumber"));
        Assert.Equal("Nhập tên tổ chức nộp hồ sơ.", Error(Create(name: "", identity: identity, organization: true), "Name"));
    }

    [Theory]
    [InlineData("王小明")]
    [InlineData("สมชาย")]
    [InlineData("Hoa 😀")]
    [InlineData("Иван")]
    public void A_name_the_forms_cannot_print_is_refused_when_typed_R6(string name)
    {
        var message = Error(Create(name: name), "Name");
        Assert.StartsWith("Họ và tên có ký tự \"", message);
        Assert.EndsWith("không in được trên giấy tờ: chỉ dùng chữ tiếng Việt hoặc chữ Latinh, chữ số và dấu câu thông thường.", message);
        Assert.Contains("\"😀\"", Error(Create(name: "Hoa 😀"), "Name"));
    }

    [Theory]
    [InlineData("Đỗ Thị\tHoa")]
    [InlineData("Đỗ Thị\nHoa")]
    [InlineData("Đỗ Thị\u0000Hoa")]
    [InlineData("Đỗ Thị\u0085Hoa")]
    public void Control_characters_are_refused_in_single_line_fields_R6(string name)
    {
        Assert.Equal("Họ và tên chỉ gồm một dòng, không có ký tự xuống dòng, tab hay ký tự điều khiển.", Error(Create(name: name), "Name"));
        Assert.Equal("Địa chỉ chỉ gồm một dòng, không có ký tự xuống dòng, tab hay ký tự điều khiển.", Error(Create(address: "Số 5" + name), "Address"));
    }

    [Fact]
    public void Vietnamese_typed_precomposed_or_decomposed_and_Latin_names_are_kept()
    {
        Assert.NotNull(Create(name: "Nguyễn Thị Ánh Tuyết").Value);
        Assert.NotNull(Create(name: "Nguye\u0302\u0303n Thi\u0323 A\u0301nh").Value);
        Assert.NotNull(Create(name: "François Müller-Łukasz O’Brien").Value);
        Assert.NotNull(Create(address: "Số 5/12, ngõ 3 – đường Lê Lợi, “khu phố 2”…").Value);
    }

    [Theory]
    [InlineData("hoa.example.vn")]
    [InlineData("Hoa <hoa@example.vn>")]
    [InlineData("hoà@example.vn")]
    [InlineData("hoa@exam\nple.vn")]
    public void A_wrong_email_is_refused(string email)
    {
        Assert.StartsWith("Địa chỉ thư điện tử không hợp lệ", Error(Create(email: email), "Email"));
    }
}
