using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Spel.Scenarios.Decks;

/// <summary>
/// Turns a deck file's bytes into text the YAML parser may see. UTF-8 (with or without a byte order mark) and UTF-16
/// with a byte order mark are read; anything else is refused at its first wrong byte instead of guessed, because a
/// guess that is wrong comes out as garbled text on every tablet.
/// </summary>
internal static class DeckFileText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianBom = [0xFE, 0xFF];

    // Only to name the character a trainer most likely typed (Windows editors save Western text as Windows-1252).
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The text of the file, or null when it is not UTF-8 or UTF-16 (the reason is in <paramref name="problems"/>).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, DeckProblems problems)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return FromUtf8(bytes[Utf8Bom.Length..], problems);
        }

        if (bytes.StartsWith(Utf16LittleEndianBom) || bytes.StartsWith(Utf16BigEndianBom))
        {
            return FromUtf16(bytes[2..], bigEndian: bytes[0] == 0xFE, problems);
        }

        return FromUtf8(bytes, problems);
    }

    /// <summary>
    /// Reports the first control character (a NUL, a bell, ...), which YAML does not allow and which marks binary junk
    /// or UTF-16 saved without a byte order mark. Tabs and line breaks are ordinary text.
    /// </summary>
    public static bool HasOnlyTextCharacters(string text, DeckProblems problems)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r' or '\u0085'))
            {
                problems.Add(PositionAt(text, i), DeckMessages.ControlCharacter(text[i]));
                return false;
            }
        }

        return true;
    }

    /// <summary>Line and column (1-based, in characters) of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static Position PositionAt(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Position(before.Count('\n') + 1, index - lineStart + 1);
    }

    private static string? FromUtf8(ReadOnlySpan<byte> bytes, DeckProblems problems)
    {
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var guess = Windows1252.GetString(bytes.Slice(read, 1));
        problems.Add(PositionAt(chars.AsSpan(0, written), written), DeckMessages.NotUtf8(bytes[read], guess));
        return null;
    }

    private static string? FromUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, DeckProblems problems)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var pair = bytes.Slice(2 * i, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(pair) : BinaryPrimitives.ReadUInt16LittleEndian(pair));
        }

        // An odd byte out or half a surrogate pair: the file was cut off or is not UTF-16 after all.
        var broken = bytes.Length % 2 == 1 ? chars.Length : -1;
        for (var i = 0; i < chars.Length && broken < 0; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                broken = i;
            }
        }

        if (broken < 0)
        {
            return new string(chars);
        }

        problems.Add(PositionAt(chars.AsSpan(0, broken), broken), DeckMessages.BrokenUtf16);
        return null;
    }
}
