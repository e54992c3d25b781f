using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

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
        // GZipStream reads every member of a multi-member file and ends quietly at a cut. The file's last 8 bytes are the
        // last member's trailer: the CRC-32 and the length (mod 2^32) of what that member inflates to, which ends the
        // output. A cut file ends in other bytes, which match neither.
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 8));
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4));
        if (!EndsWithMember(bytes, crc, declared))
            throw new ArticleFormatException(path, raw.Length, "the gzip data is truncated or corrupt (its end does not match its trailer)");
        return bytes;
    }

    /// <summary>Whether some suffix of <paramref name="output"/> as long as <paramref name="length"/> (mod 2^32) has the CRC-32 <paramref name="crc"/>.</summary>
    private static bool EndsWithMember(byte[] output, uint crc, uint length)
    {
        for (long size = length; size <= output.Length; size += 1L << 32)
            if (Crc32.HashToUInt32(output.AsSpan(output.Length - (int)size)) == crc)
                return true;
        return false;
    }

    internal static async Task<byte[]> ReadLimitedAsync(Stream input, string path, long maxBytes, CancellationToken cancellationToken)
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
