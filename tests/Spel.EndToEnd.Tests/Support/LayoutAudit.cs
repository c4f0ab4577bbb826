using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>One thing wrong with one screen in one phase, as a person reading the test's failure wants it named.</summary>
public sealed record LayoutProblem(string Screen, string Size, string Language, string Phase, string What)
{
    public override string ToString() => $"{Screen} {Size} {Language} {Phase}: {What}";
}

/// <summary>
/// Checks a screen as a hall sees it: nothing to scroll, no text cut off or outside the screen (on the projector:
/// outside the stage), no two pieces of text on top of each other, the projector's text at least 28 stage pixels,
/// and axe-core without violations. It collects, it does not throw: a run gathers every problem and fails once.
/// </summary>
public static class LayoutAudit
{
    /// <summary>Problems of one kind listed per screen and phase before the rest are summed up in one line.</summary>
    private const int ListedPerKind = 6;

    /// <summary>
    /// The measurements run in the page. Text is measured per line fragment (a Range over each text node), so a
    /// paragraph that wraps around a bold word is not mistaken for two overlapping boxes. A fragment counts only the
    /// part its clipping ancestors let through, so an ellipsis that shortens a long name is what it looks like:
    /// intended, not an overflow. Visually hidden text (the 1 px screen-reader labels) is left out.
    /// </summary>
    private const string Measure = """
        (mayScrollDown) => {
          const problems = [];
          const tolerance = 1.5;
          const doc = document.documentElement;
          // A page that scrolls is reported once for that; its text below the fold is not reported again.
          const scrolls = doc.scrollHeight > innerHeight + tolerance;
          if (scrolls && !mayScrollDown) problems.push(['scroll', `page is ${doc.scrollHeight} px tall in a ${innerHeight} px window`]);
          if (doc.scrollWidth > innerWidth + tolerance) problems.push(['scroll', `page is ${doc.scrollWidth} px wide in a ${innerWidth} px window`]);

          // The page's own stage (the projector), not the pictures of it in the deck studio's preview.
          const stage = document.querySelector('.stage:not(.card-preview .stage)');
          const box = stage ? stage.getBoundingClientRect() : { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
          const name = el => {
            const id = el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : '';
            const cls = el.classList?.length ? '.' + [...el.classList].filter(c => !c.startsWith('b-')).join('.') : '';
            return `${el.tagName.toLowerCase()}${id}${cls}`;
          };
          const clips = el => {
            const style = getComputedStyle(el);
            return style.overflowX !== 'visible' || style.overflowY !== 'visible';
          };
          const hidden = el => {
            // Also what a closed <details> keeps folded away (content-visibility), which still has layout boxes.
            if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return true;
            for (let e = el; e && e !== doc; e = e.parentElement) {
              const style = getComputedStyle(e);
              if (style.visibility === 'hidden' || style.opacity === '0') return true;
              const r = e.getBoundingClientRect();
              if (clips(e) && (r.width <= 1 || r.height <= 1)) return true;
            }
            return false;
          };
          const visiblePart = (rect, el) => {
            let { left, top, right, bottom } = rect;
            for (let e = el; e && e !== doc && e !== document.body; e = e.parentElement) {
              if (!clips(e) || e.classList.contains('stage-window')) continue;
              const c = e.getBoundingClientRect();
              left = Math.max(left, c.left); top = Math.max(top, c.top);
              right = Math.min(right, c.right); bottom = Math.min(bottom, c.bottom);
            }
            return { left, top, right, bottom };
          };

          const fragments = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE'].includes(el.tagName)) continue;
            if (el.closest('#blazor-error-ui') || hidden(el)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const text = node.textContent.trim().slice(0, 40);
            for (const rect of range.getClientRects()) {
              if (rect.width < 1 || rect.height < 1) continue;
              const part = visiblePart(rect, el);
              if (part.right - part.left < 1 || part.bottom - part.top < 1) continue;
              fragments.push({ node, el, text, ...part });
              if (part.left < box.left - tolerance || part.right > box.right + tolerance
                  || (!scrolls && (part.top < box.top - tolerance || part.bottom > box.bottom + tolerance))) {
                problems.push(['outside', `"${text}" (${name(el)}) reaches outside the ${stage ? 'stage' : 'screen'}`]);
              }
            }
            if (stage && stage.contains(el)) {
              const size = parseFloat(getComputedStyle(el).fontSize);
              if (size < 28 - 0.01) problems.push(['small', `"${text}" (${name(el)}) is ${size} stage px, under 28`]);
            }
          }

          for (const el of document.body.querySelectorAll('*')) {
            if (!clips(el) || hidden(el) || el.classList.contains('stage-window')) continue;
            const style = getComputedStyle(el);
            if (el.scrollHeight > el.clientHeight + tolerance) {
              problems.push(['cut', `${name(el)} hides ${el.scrollHeight - el.clientHeight} px of its content (overflow ${style.overflowY})`]);
            } else if (el.scrollWidth > el.clientWidth + tolerance && style.textOverflow !== 'ellipsis') {
              problems.push(['cut', `${name(el)} hides ${el.scrollWidth - el.clientWidth} px of its width (overflow ${style.overflowX})`]);
            }
          }

          for (let i = 0; i < fragments.length; i++) {
            for (let j = i + 1; j < fragments.length; j++) {
              const a = fragments[i], b = fragments[j];
              if (a.node === b.node) continue;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              const lower = Math.min(a.bottom - a.top, b.bottom - b.top);
              if (w > 2 && h > lower / 4) {
                problems.push(['overlap', `"${a.text}" (${name(a.el)}) overlaps "${b.text}" (${name(b.el)})`]);
              }
            }
          }
          return problems;
        }
        """;

    /// <summary>
    /// Measures the page and runs axe on it; every problem found is added to <paramref name="problems"/>. A page that
    /// <paramref name="mayScrollDown"/> (a page read at one's own pace, see docs/decisions.md, "Issue 11, integration")
    /// may be taller than its window; it must still never be wider, cut or overlap.
    /// </summary>
    public static async Task CheckAsync(IPage page, string screen, string language, string phase, ICollection<LayoutProblem> problems, bool mayScrollDown = false)
    {
        var viewport = page.ViewportSize!;
        var size = $"{viewport.Width}x{viewport.Height}";
        var found = new List<(string Kind, string What)>();

        var measured = await page.EvaluateAsync<string[][]>(Measure, mayScrollDown);
        found.AddRange(measured.Select(p => (p[0], p[1])));

        var axe = await page.RunAxe();
        found.AddRange(axe.Violations.Select(v =>
            ("axe", $"axe {v.Id}: {v.Help} ({v.Nodes.Length} nodes, first {string.Join(" ", v.Nodes.FirstOrDefault()?.Target?.ToString() ?? "")})")));

        foreach (var kind in found.GroupBy(f => f.Kind))
        {
            var distinct = kind.Select(f => f.What).Distinct().ToList();
            foreach (var what in distinct.Take(ListedPerKind))
            {
                problems.Add(new LayoutProblem(screen, size, language, phase, what));
            }

            if (distinct.Count > ListedPerKind)
            {
                problems.Add(new LayoutProblem(screen, size, language, phase, $"and {distinct.Count - ListedPerKind} more of kind '{kind.Key}'"));
            }
        }
    }

    /// <summary>All problems as one list, grouped by screen so a reader sees at once where the work is.</summary>
    public static string Describe(IReadOnlyCollection<LayoutProblem> problems) =>
        $"{problems.Count} layout and accessibility problems:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.OrderBy(p => p.Screen).ThenBy(p => p.Language).Select(p => "  " + p));
}
