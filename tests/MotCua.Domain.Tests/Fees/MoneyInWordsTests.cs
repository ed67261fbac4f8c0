namespace MotCua.Domain.Tests.Fees;

public sealed class MoneyInWordsTests
{
    [Theory]
    [InlineData(0, "Không đồng")]
    [InlineData(15, "Mười lăm đồng")]
    [InlineData(21, "Hai mươi mốt đồng")]
    [InlineData(105, "Một trăm linh năm đồng")]
    [InlineData(74_000, "Bảy mươi tư nghìn đồng")]
    [InlineData(1_005_000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(1_250_000, "Một triệu hai trăm năm mươi nghìn đồng")]
    [InlineData(560_500, "Năm trăm sáu mươi nghìn năm trăm đồng")]
    [InlineData(2_000_000_015, "Hai tỷ không trăm mười lăm đồng")]
    [InlineData(1_000_000_000_000, "Một nghìn tỷ đồng")]
    public void A_receipt_reads_its_total_in_words_R29(long vnd, string words) => Assert.Equal(words, MoneyInWords.Read(vnd));
}
