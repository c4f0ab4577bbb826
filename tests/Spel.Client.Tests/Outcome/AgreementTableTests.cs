using Bunit;
using Spel.Client.Outcome;
using Spel.Scenarios.Localization;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Outcome;

public sealed class AgreementTableTests : DutchContext
{
    [Fact]
    public void The_afsprakenkaart_lists_every_agreement_in_playing_order()
    {
        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, DebriefData.Agreements()));

        Assert.Equal(
            ["agreement-2", "agreement-3", "agreement-5"],
            table.FindAll("tbody tr").Select(row => row.GetAttribute("data-testid")));
        Assert.Equal(
            ["Kaart 2: Het terras van het dorpshuis", "Afspraak", "Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage", "Gedeeld", "Vergunning samen aanvragen", "Anna en Henk", "Eerst bellen"],
            table.FindAll("[data-testid=agreement-2] th, [data-testid=agreement-2] td").Select(cell => cell.TextContent));
        Assert.Contains("Bouwsteen voor beleid", table.Find("[data-testid=agreement-3]").TextContent);
        Assert.Contains("Eén vast aanspreekpunt voor het dorpshuis", table.Find("[data-testid=agreement-3]").TextContent);
        Assert.Contains("Open vraag", table.Find("[data-testid=agreement-5]").TextContent);
        Assert.Contains("Wie betaalt het onderhoud?", table.Find("[data-testid=agreement-5]").TextContent);
    }

    [Fact]
    public void The_columns_name_what_an_afspraak_records()
    {
        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, DebriefData.Agreements()));

        Assert.Equal(
            ["Kaart", "Soort", "Eigenaar", "Regie", "Volgende stap", "Wie", "Toelichting"],
            table.FindAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void In_English_every_column_is_translated_the_regie_one_too()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");

        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, DebriefData.Agreements()));

        Assert.Equal(
            ["Card", "Kind", "Owner", "Control", "Next step", "Who", "Note"],
            table.FindAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void The_table_that_may_scroll_sideways_can_be_reached_and_scrolled_by_keyboard()
    {
        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, DebriefData.Agreements()));

        var region = table.Find("[data-testid=afsprakenkaart]");
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("Afsprakenkaart", region.GetAttribute("aria-label"));
    }

    [Fact]
    public void User_text_is_shown_as_text_never_as_markup()
    {
        var rows = new[] { DebriefData.Agreements()[0] with { Agreement = DebriefData.Afspraak with { Who = "<b>Henk</b>" } } };

        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, rows));

        Assert.Empty(table.FindAll("b"));
        Assert.Contains("<b>Henk</b>", table.Find("[data-testid=agreement-2]").TextContent);
    }

    [Fact]
    public void Without_agreements_the_afsprakenkaart_says_so()
    {
        var table = Render<AgreementTable>(p => p.Add(t => t.Agreements, []));

        Assert.Contains("geen afspraken", table.Find("[data-testid=afsprakenkaart]").TextContent);
        Assert.Empty(table.FindAll("table"));
    }
}
