using System.Text;
using Microsoft.AspNetCore.Components.Forms;
using Spel.Scenarios.Studio;

namespace Spel.Client.Pages.Studio;

internal static class StudioFiles
{
    /// <summary>
    /// A chosen file's text, or null when it is larger than the studio reads. Read as UTF-8, the one encoding a deck
    /// file may have (docs/deck-format.md).
    /// </summary>
    public static async Task<string?> ReadAsync(IBrowserFile file)
    {
        if (file.Size > StudioApi.MaxRequestBytes)
        {
            return null;
        }

        await using var stream = file.OpenReadStream(StudioApi.MaxRequestBytes);
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        return await reader.ReadToEndAsync();
    }
}
