using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimDiff.Articles;

/// <summary>Reads an input's bytes, decompressing gzip, enforcing the size limit and detecting truncated or corrupt gzip.</summary>
internal static class InputBytes
{
    public static async Task<byte[]> ReadAsync(Stream input, string path, bool compressed, long maxBytes, CancellationToken cancellationToken)
    {
        if (!compressed)
            return await ReadLimitedAsync(input, path, maxBytes, cancellationToken).ConfigureAwait(false);

        var raw = await ReadLimitedAsync(input, path, Math.Max(maxBytes, 1L << 20), cancellationToken).ConfigureAwait(false);
        if (raw.Length == 0)
            throw new ArticleFormatException(path, 0, "the file is empty");
        if (raw.Length < 18 || raw[0] != 0x1F || raw[1] != 0x8B)
            throw new ArticleFormatException(path, 0, "the file is not gzip data, though its name ends in .gz");
        byte[] bytes;
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
            bytes = await ReadLimitedAsync(gzip, path, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new ArticleFormatException(path, null, $"the gzip data is corrupt ({e.Message})", e);
        }
        // GZipStream ends quietly at a cut; the trailer's length (ISIZE, the size mod 2^32) tells a whole member from a cut one.
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4));
        if (declared != (uint)bytes.Length)
            throw new ArticleFormatException(path, raw.Length, "the gzip data is truncated or corrupt (its length does not match its trailer)");
        return bytes;
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream input, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new ArticleFormatException(path, maxBytes, $"the input is over the {maxBytes:N0}-byte limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
