namespace MotCua.Domain;

/// <summary>An amount read out in Vietnamese words, as receipts print it ("Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng").</summary>
public static class MoneyInWords
{
    static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    static readonly string[] Scales = ["", " nghìn", " triệu"];

    public static string Read(long vnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vnd);
        var words = vnd == 0 ? "không" : Words(vnd, full: false);
        return char.ToUpperInvariant(words[0]) + words[1..] + " đồng";
    }

    /// <summary><paramref name="full"/>: a higher group was read, so a group below a hundred says "không trăm" and "linh".</summary>
    static string Words(long n, bool full)
    {
        if (n >= 1_000_000_000)
        {
            var (billions, rest) = (n / 1_000_000_000, n % 1_000_000_000);
            return Words(billions, full) + " tỷ" + (rest > 0 ? " " + Words(rest, full: true) : "");
        }
        var parts = new List<string>();
        for (var scale = 2; scale >= 0; scale--)
        {
            var group = (int)(n / (long)Math.Pow(1000, scale) % 1000);
            if (group == 0)
                continue;
            parts.Add(Group(group, full || parts.Count > 0) + Scales[scale]);
        }
        return string.Join(" ", parts);
    }

    static string Group(int n, bool full)
    {
        var (hundreds, tens, units) = (n / 100, n / 10 % 10, n % 10);
        var words = new List<string>();
        if (hundreds > 0 || full)
            words.Add(Digits[hundreds] + " trăm");
        if (tens == 0 && units > 0 && words.Count > 0)
            words.Add("linh");
        if (tens == 1)
            words.Add("mười");
        else if (tens > 1)
            words.Add(Digits[tens] + " mươi");
        if (units > 0)
            words.Add(units switch
            {
                1 when tens > 1 => "mốt",
                4 when tens > 1 => "tư",
                5 when tens > 0 => "lăm",
                _ => Digits[units],
            });
        return string.Join(" ", words);
    }
}
