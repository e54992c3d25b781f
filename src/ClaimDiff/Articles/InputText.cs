using System.Text;
using System.Text.RegularExpressions;

namespace ClaimDiff.Articles;

/// <summary>Turns input bytes into text: byte order marks, declared HTML character sets, UTF-8 checks and the windows-1252 fallback.</summary>
internal static partial class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputText()
    {
        // windows-1252 and the other legacy code pages are not built into .NET; registering the provider is idempotent.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();

    /// <summary>Decodes text or JSON: a byte order mark, else strict UTF-8.</summary>
    public static string DecodeUtf8(byte[] bytes, string path)
    {
        var (bom, skip) = ByteOrderMark(bytes);
        CheckContent(bytes, path, skip, bom is UnicodeEncoding);
        if (bom is not null)
            return bom.GetString(bytes, skip, bytes.Length - skip);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleFormatException(path, e.Index, $"the text is not valid UTF-8 (byte offset {e.Index})", e);
        }
    }

    /// <summary>
    /// Decodes HTML: a byte order mark, else the character set the server sent (<paramref name="charset"/>), else the one
    /// the page declares, else UTF-8, else windows-1252.
    /// </summary>
    public static string DecodeHtml(byte[] bytes, string path, string? charset = null)
    {
        var (bom, skip) = ByteOrderMark(bytes);
        CheckContent(bytes, path, skip, bom is UnicodeEncoding);
        if (bom is not null)
            return bom.GetString(bytes, skip, bytes.Length - skip);
        var declared = (charset is null ? null : Named(charset)) ?? Declared(bytes);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
            return declared.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Undeclared or mis-declared legacy pages are nearly always windows-1252 (the WHATWG default for Western pages).
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>Guesses the format of standard input from its first characters.</summary>
    public static string Sniff(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('{') || head.StartsWith('['))
            return ".json";
        return head.StartsWith('<') ? ".html" : ".txt";
    }

    private static Encoding? Declared(byte[] bytes)
    {
        // Declarations must sit in the first 1024 bytes by the HTML standard; be generous.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = DeclaredCharset().Match(head);
        return match.Success ? Named(match.Groups[1].Value) : null;
    }

    /// <summary>The encoding a character set label names, as browsers read labels; null for an unknown one.</summary>
    private static Encoding? Named(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG maps these labels to windows-1252.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" or "l1" or "cp1252")
            name = "windows-1252";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Skip) ByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => (null, 0),
    };

    private static void CheckContent(byte[] bytes, string path, int skip, bool utf16)
    {
        if (bytes.Length - skip == 0 || (!utf16 && bytes.AsSpan(skip).IndexOfAnyExcept(" \t\r\n"u8) < 0))
            throw new ArticleFormatException(path, 0, "the file is empty");
        if (utf16)
            return;
        // NUL bytes and a high share of control characters mark binary data (images, archives, executables).
        var sample = bytes.AsSpan(skip, Math.Min(bytes.Length - skip, 8192));
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
            throw new ArticleFormatException(path, nul + skip, $"the file holds binary data, not text (a NUL byte at offset {nul + skip})");
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
                control++;
        }
        if (control > sample.Length / 10)
            throw new ArticleFormatException(path, skip, "the file holds binary data, not text");
    }
}
