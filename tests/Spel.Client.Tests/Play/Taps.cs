using Bunit;
using Microsoft.AspNetCore.Components;

namespace Spel.Client.Tests.Play;

internal static class Taps
{
    /// <summary>Taps a button several times, as a participant does with the slotvraag's + and −.</summary>
    public static void Tap<TComponent>(this IRenderedComponent<TComponent> rendered, string testId, int times)
        where TComponent : IComponent
    {
        for (var i = 0; i < times; i++)
        {
            rendered.Find($"[data-testid={testId}]").Click();
        }
    }
}
