using Bunit;
using Spel.Client.Pages.Play;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

public sealed class PointsFormTests : DutchContext
{
    private readonly List<FunctionPoints> _sent = [];

    [Fact]
    public void Shows_the_four_functions_each_with_a_line_of_explanation()
    {
        var form = RenderForm();

        Assert.Equal(
            ["Vertegenwoordiger", "Kennisdeler", "Verbinder", "Aanjager"],
            form.FindAll(".points-name").Select(n => n.TextContent));
        Assert.Contains("Brengt bewoners, groepen, verenigingen en de gemeente bij elkaar.", form.Find("[data-testid=points-verbinder]").TextContent);
        Assert.Equal(4, form.FindAll(".points-help").Count(h => h.TextContent.Length > 20));
    }

    [Fact]
    public void The_counter_says_how_many_points_are_left()
    {
        var form = RenderForm();
        Assert.Equal("Nog 10 punten te verdelen", Left(form));

        form.Tap("points-aanjager-plus", 9);
        Assert.Equal("Nog 1 punt te verdelen", Left(form));

        form.Tap("points-aanjager-plus", 1);
        Assert.Equal("Alle punten zijn verdeeld", Left(form));

        form.Tap("points-aanjager-minus", 3);
        Assert.Equal("Nog 3 punten te verdelen", Left(form));
    }

    [Fact]
    public void Verstuur_is_enabled_only_at_exactly_ten_points()
    {
        var form = RenderForm();

        form.Tap("points-vertegenwoordiger-plus", 9);
        Assert.True(Submit(form).HasAttribute("disabled"));

        form.Tap("points-kennisdeler-plus", 1);
        Assert.False(Submit(form).HasAttribute("disabled"));

        form.Tap("points-kennisdeler-minus", 1);
        Assert.True(Submit(form).HasAttribute("disabled"));
    }

    [Fact]
    public void A_disabled_Verstuur_or_plus_points_to_the_counter_that_says_why()
    {
        var form = RenderForm();
        Assert.Equal("Nog 10 punten te verdelen", form.Find($"#{Submit(form).GetAttribute("aria-describedby")}").TextContent.Trim());

        form.Tap("points-aanjager-plus", 10);

        var plus = form.Find("[data-testid=points-verbinder-plus]");
        Assert.Equal("Alle punten zijn verdeeld", form.Find($"#{plus.GetAttribute("aria-describedby")}").TextContent.Trim());
        Assert.Null(Submit(form).GetAttribute("aria-describedby"));
        var minus = form.Find("[data-testid=points-verbinder-minus]");
        Assert.Equal("0 van de 10", form.Find($"#{minus.GetAttribute("aria-describedby")}").GetAttribute("aria-label"));
    }

    [Fact]
    public void No_function_goes_below_zero_and_the_total_never_above_ten()
    {
        var form = RenderForm();
        Assert.True(form.Find("[data-testid=points-verbinder-minus]").HasAttribute("disabled"));

        form.Tap("points-verbinder-plus", 10);

        Assert.All(
            ["vertegenwoordiger", "kennisdeler", "verbinder", "aanjager"],
            id => Assert.True(form.Find($"[data-testid=points-{id}-plus]").HasAttribute("disabled"), id));
        Assert.Equal("10", form.Find("[data-testid=points-verbinder-value]").TextContent);
    }

    [Fact]
    public void Submitting_sends_the_points_per_function()
    {
        var form = RenderForm();
        form.Tap("points-vertegenwoordiger-plus", 2);
        form.Tap("points-kennisdeler-plus", 3);
        form.Tap("points-verbinder-plus", 4);
        form.Tap("points-aanjager-plus", 1);

        form.Find("form").Submit();

        Assert.Equal([new FunctionPoints(Vertegenwoordiger: 2, Kennisdeler: 3, Verbinder: 4, Aanjager: 1)], _sent);
    }

    [Fact]
    public void The_plus_and_minus_buttons_say_what_they_do_for_a_screen_reader()
    {
        var form = RenderForm();

        Assert.Equal("Eén punt meer voor Kennisdeler", form.Find("[data-testid=points-kennisdeler-plus]").GetAttribute("aria-label"));
        Assert.Equal("Eén punt minder voor Kennisdeler", form.Find("[data-testid=points-kennisdeler-minus]").GetAttribute("aria-label"));
    }

    private IRenderedComponent<PointsForm> RenderForm() =>
        Render<PointsForm>(p => p.Add(f => f.OnSubmit, points => _sent.Add(points)));

    private static AngleSharp.Dom.IElement Submit(IRenderedComponent<PointsForm> form) => form.Find("[data-testid=points-submit]");

    private static string Left(IRenderedComponent<PointsForm> form) => form.Find("[data-testid=points-left]").TextContent.Trim();
}
