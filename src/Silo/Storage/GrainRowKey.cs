using System.Text;

namespace Collaboration.Silo.Storage;

/// <summary>
/// A grain id as Orleans' ADO.NET grain storage keys its row: the two numbers, the text key or
/// extension, and the bytes its hash is taken over. Orleans keeps this type internal, so it is
/// made here the same way (a test holds the two together), for rows either storage can read.
/// </summary>
public sealed record GrainRowKey(long N0, long N1, string? Extension, byte[] HashBytes)
{
    /// <summary>
    /// A Guid key splits into its two halves, an integer key (and a text key that reads as a
    /// hexadecimal number) is N1, any other key is text; an extension goes with either number.
    /// </summary>
    public static GrainRowKey Of(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var extension))
        {
            var bytes = guid.ToByteArray();
            return new(BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), extension, Hashed(bytes, extension));
        }

        if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            return new(0, integer, extension, Hashed(BitConverter.GetBytes(integer), extension));
        }

        var text = grainId.Key.ToString();
        return new(0, 0, text, Hashed([], text));
    }

    // The number's bytes, then the text's, the whole reversed on little-endian machines.
    private static byte[] Hashed(byte[] number, string? text)
    {
        var bytes = text is null ? number : [.. number, .. Encoding.UTF8.GetBytes(text)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return bytes;
    }
}
