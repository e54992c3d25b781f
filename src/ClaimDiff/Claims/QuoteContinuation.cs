namespace ClaimDiff.Claims;

/// <summary>
/// The sieve for quotations that run on past the sentence that credits them: "\"…,\" she said. \"Without this rise we
/// would have closed libraries.\"" and "\"We looked at every option,\" Pellow said. \"In the end the table does not lie.
/// …\"". A sentence that no frame attributes goes to the speaker of the paragraph's last attributed sentence when it
/// opens with a quotation mark or lies inside a quotation left open; a paragraph break ends the run unless a quotation
/// is still open, and so does a sentence of the outlet's own.
/// </summary>
/// <remarks>Holds the state of one article: one instance per extraction, fed every sentence in order.</remarks>
internal sealed class QuoteContinuation
{
    private Attribution? _speaker;
    private bool _open;

    /// <summary>
    /// Reads the next sentence with the attribution its own frame gave it (or null), and returns the attribution a
    /// frameless quotation inherits, covering the whole sentence, or null.
    /// </summary>
    public Attribution? Next(string sentence, bool startsParagraph, Attribution? own)
    {
        if (startsParagraph && !_open)
            _speaker = null;
        var inherited = own is null && _speaker is { } speaker && (_open || OpensWithQuote(sentence))
            ? speaker with { ContentStart = 0, ContentEnd = sentence.Length }
            : null;
        if (own is not null)
            _speaker = own;
        else if (inherited is null)
            _speaker = null;
        _open = OpenAfter(sentence, _open);
        return inherited;
    }

    private static bool OpensWithQuote(string sentence)
    {
        var trimmed = sentence.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '"' or '\u201C';
    }

    /// <summary>Whether a quotation is open after the sentence: straight quotes toggle, curly ones open or close.</summary>
    private static bool OpenAfter(string sentence, bool open)
    {
        foreach (var c in sentence)
        {
            if (c == '"')
                open = !open;
            else if (c == '\u201C')
                open = true;
            else if (c == '\u201D')
                open = false;
        }
        return open;
    }
}
