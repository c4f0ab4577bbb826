using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Spel.Client.Tests.Play;

/// <summary>What a participant does in a question flow: choose an answer, go on, go back.</summary>
internal static class Flow
{
    /// <summary>Chooses the radio button <paramref name="testId"/>, as a tap on its label does.</summary>
    public static void Choose<TComponent>(this IRenderedComponent<TComponent> rendered, string testId)
        where TComponent : IComponent =>
        rendered.Find($"[data-testid={testId}]").Change(true);

    /// <summary>Chooses <paramref name="testId"/> and taps Volgende.</summary>
    public static void ChooseAndGoOn<TComponent>(this IRenderedComponent<TComponent> rendered, string testId, string flow = "answer")
        where TComponent : IComponent
    {
        rendered.Choose(testId);
        rendered.Find($"[data-testid={flow}-next]").Click();
    }

    public static bool IsChosen<TComponent>(this IRenderedComponent<TComponent> rendered, string testId)
        where TComponent : IComponent =>
        rendered.Find($"[data-testid={testId}]").HasAttribute("checked");

    /// <summary>The step the flow shows: a question's key, "summary" or "situation".</summary>
    public static string? Step<TComponent>(this IRenderedComponent<TComponent> rendered, string flow = "answer")
        where TComponent : IComponent =>
        rendered.Find($"[data-testid={flow}-flow]").GetAttribute("data-step");

    /// <summary>The words of a choice's label, as a participant reads them.</summary>
    public static string Label<TComponent>(this IRenderedComponent<TComponent> rendered, string testId)
        where TComponent : IComponent =>
        Words(rendered.Find($"[data-testid={testId}]").ParentElement!);

    public static string Words(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
