using ClosedXML.Excel;
using MotCua.Domain;
using MotCua.Features.Forms;

namespace MotCua.Features.Reports;

/// <summary>Biểu II.06a as a spreadsheet laid out as the national form (merged headings, numbered columns) and as a PDF to sign.</summary>
public static class Form06aDocuments
{
    public static string FileName(Form06aReport r, string extension) => $"bieu-II06a-{r.Period.From:yyyyMMdd}-{r.Period.To:yyyyMMdd}.{extension}";

    /// <summary>The first row of the lines, under the three heading rows and the row of column numbers.</summary>
    public const int FirstLineRow = 10;

    public static byte[] Xlsx(Form06aReport r, DateTimeOffset printedLocal, string? place)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Biểu II.06a");
        sheet.Style.Font.FontName = "Times New Roman";
        sheet.Style.Font.FontSize = 11;
        sheet.Cell(1, 1).Value = Form06aReport.FormName;
        sheet.Cell(1, 9).Value = $"Đơn vị báo cáo: {r.ReportingUnit}";
        sheet.Cell(2, 9).Value = $"Đơn vị nhận báo cáo: {r.Receiver}";
        Merged(sheet.Range(3, 1, 3, 13), Form06aReport.Title).Style.Font.SetBold().Font.SetFontSize(13);
        Merged(sheet.Range(4, 1, 4, 13), $"Kỳ báo cáo: {r.Period.Name} ({r.Period.Days.ToLowerInvariant()})").Style.Font.SetItalic();

        Merged(sheet.Range(6, 1, 8, 1), "STT");
        Merged(sheet.Range(6, 2, 8, 2), "Lĩnh vực, công việc giải quyết theo cấp");
        Merged(sheet.Range(6, 3, 6, 6), "Số hồ sơ nhận giải quyết");
        Merged(sheet.Range(6, 7, 6, 10), "Số lượng hồ sơ đã giải quyết");
        Merged(sheet.Range(6, 11, 6, 13), "Số lượng hồ sơ đang giải quyết");
        foreach (var column in new[] { 3, 7, 11 })
            Merged(sheet.Range(7, column, 8, column), "Tổng số");
        Merged(sheet.Range(7, 4, 7, 6), "Trong đó");
        Merged(sheet.Range(7, 8, 7, 10), "Trong đó");
        Merged(sheet.Range(7, 12, 7, 13), "Trong đó");
        string[] details = ["Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp, dịch vụ bưu chính", "Số kỳ trước chuyển qua", "", "Trước hạn", "Đúng hạn", "Quá hạn", "", "Trong hạn", "Quá hạn"];
        for (var i = 0; i < details.Length; i++)
            if (details[i] != "")
                sheet.Cell(8, 4 + i).Value = details[i];
        for (var column = 1; column <= 13; column++)
            sheet.Cell(9, column).Value = $"({column})";
        var headings = sheet.Range(6, 1, 9, 13);
        headings.Style.Font.SetBold().Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center);

        var row = FirstLineRow;
        foreach (var line in r.Rows)
        {
            sheet.Cell(row, 1).Value = line.Number;
            sheet.Cell(row, 2).Value = line.Label;
            var columns = line.Line.Columns;
            for (var i = 0; i < columns.Length; i++)
                sheet.Cell(row, 3 + i).Value = columns[i];
            if (line.IsGroup)
                sheet.Range(row, 1, row, 13).Style.Font.SetBold();
            row++;
        }
        var table = sheet.Range(6, 1, row - 1, 13);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        sheet.Column(1).Width = 6;
        sheet.Column(2).Width = 42;
        sheet.Columns(3, 13).Width = 12;
        sheet.Column(2).Style.Alignment.SetWrapText();

        row++;
        foreach (var problem in r.Problems)
            sheet.Cell(row++, 2).SetValue($"Số liệu không khớp — {problem}").Style.Font.SetFontColor(XLColor.Red);
        sheet.Cell(row + 1, 9).SetValue(FormPdf.DateLine(place, printedLocal)).Style.Font.SetItalic();
        sheet.Cell(row + 2, 9).SetValue("THỦ TRƯỞNG ĐƠN VỊ").Style.Font.SetBold();
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    static IXLRange Merged(IXLRange range, string text)
    {
        range.Merge();
        range.FirstCell().Value = text;
        range.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center).Alignment.SetWrapText();
        return range;
    }

    public static byte[] Pdf(Form06aReport r, DateTimeOffset printedLocal, string? place)
    {
        var pdf = new FormPdf($"{Form06aReport.FormName} {r.Period.Name}", landscape: true);
        pdf.Header(r.ReportingUnit, null, "……/BC", FormPdf.DateLine(place, printedLocal));
        pdf.Title(Form06aReport.Title, $"Kỳ báo cáo: {r.Period.Name} ({r.Period.Days.ToLowerInvariant()})");
        pdf.Paragraph($"{Form06aReport.FormName}. Đơn vị báo cáo: {r.ReportingUnit}. Đơn vị nhận báo cáo: {r.Receiver}.");
        string[] headings = ["STT", "Lĩnh vực, công việc giải quyết theo cấp", .. Form06aReport.Headings];
        double[] shares = [0.04, 0.2, .. Enumerable.Repeat(0.76 / 11, 11)];
        pdf.Table(headings, shares,
            r.Rows.Select(line => new[] { line.Number, line.Label }.Concat(line.Line.Columns.Select(c => c.ToString(VietnameseFormat.Culture))).ToArray()), size: 8);
        foreach (var problem in r.Problems)
            pdf.Paragraph($"Số liệu không khớp — {problem}", isBold: true);
        pdf.Signature("THỦ TRƯỞNG ĐƠN VỊ", "");
        return pdf.ToBytes();
    }
}
