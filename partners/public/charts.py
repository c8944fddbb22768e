"""Server-rendered SVG charts for the progress dashboard, drawn with pygal.

Charts ship no JavaScript: pygal's script tags are stripped and the SVG is inlined with
``role="img"`` and a ``<title>`` naming the chart and pointing to the table of the same
figures. Every bar has its value (and, in grouped charts, its level) printed beside it,
so nothing depends on telling colours apart; the colours have at least 3:1 contrast with
the white background and the text is near-black.
"""

from __future__ import annotations

import pygal
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from pygal.style import Style

FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif'
COLOURS = ("#0b5f63", "#b7410e", "#4c2c92", "#505a5f")
TEXT = "#0b0c0c"
WIDTH = 800

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground=TEXT,
    foreground_strong=TEXT,
    foreground_subtle="#505a5f",
    opacity="1",
    opacity_hover="1",
    colors=COLOURS,
    value_colors=(TEXT,),
    font_family=FONT,
    label_font_size=16,
    major_label_font_size=16,
    value_font_size=16,
    legend_font_size=16,
    title_font_size=18,
)

# Values sit just past the end of each bar, in dark text on white; grid lines would cross them.
EXTRA_CSS = "inline:.text-overlay text.value{text-anchor:start;transform:translate(6px,0)}"
HIDE_GUIDES = "inline:.guides .guide.line{display:none}"


def _accessible(label: str):
    """An xml filter: no scripts, no comments, and an accessible name for the SVG."""

    def apply(root):
        chart_id = root.get("id", "chart")
        for parent in list(root.iter()):
            for child in list(parent):
                tag = child.tag if isinstance(child.tag, str) else ""
                if tag.rsplit("}", 1)[-1] == "script" or not tag:
                    parent.remove(child)
                elif tag.rsplit("}", 1)[-1] == "title" and parent is root:
                    child.text = label
                    child.set("id", f"{chart_id}-title")
        root.set("role", "img")
        root.set("aria-labelledby", f"{chart_id}-title")
        root.set("focusable", "false")
        # Keep the chart's own layout in right-to-left pages; Arabic labels still shape.
        root.set("direction", "ltr")
        root.set("class", f"{root.get('class', '')} hub-chart__svg".strip())
        return root

    return apply


def _render(chart, label: str) -> SafeString:
    chart.add_xml_filter(_accessible(label))
    return mark_safe(chart.render(is_unicode=True))  # noqa: S308 - pygal escapes all text


def chart_name(caption: str) -> str:
    return _("Bar chart: %(caption)s. The same figures are in the table below the chart.") % {
        "caption": caption
    }


def _base_config(labels: list[str], height: int, upper: float, show_legend: bool) -> dict:
    return {
        "style": STYLE,
        "js": [],
        "css": [*pygal.Config().css, EXTRA_CSS, HIDE_GUIDES],
        "disable_xml_declaration": True,
        "width": WIDTH,
        "height": height,
        "truncate_label": -1,
        "print_values": True,
        "print_values_position": "top",
        "show_legend": show_legend,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 2,
        # pygal draws the first label at the bottom; reverse so the chart reads like the table.
        "x_labels": list(reversed(labels)),
        "range": (0, upper),
        "include_x_axis": True,
        "show_x_labels": False,
        "margin": 12,
    }


def bar_chart(caption: str, rows: list[tuple[str, list[int]]]) -> SafeString:
    """A horizontal bar per row, its value printed at the end of the bar."""
    labels = [str(label) for label, _values in rows]
    values = [values[0] for _label, values in rows]
    biggest = max(values, default=0)
    chart = pygal.HorizontalBar(
        **_base_config(labels, 60 + 48 * len(rows), max(1, biggest) / 0.8, show_legend=False)
    )
    chart.add(str(caption), list(reversed(values)), formatter=lambda x: f"{x:g}")
    return _render(chart, chart_name(caption))


def grouped_bar_chart(
    caption: str, columns: list[str], rows: list[tuple[str, list[int]]]
) -> SafeString:
    """One group of bars per row and one bar per column, each bar naming its column."""
    labels = [str(label) for label, _values in rows]
    biggest = max((max(values, default=0) for _label, values in rows), default=0)
    height = 120 + len(rows) * (36 * len(columns) + 24)
    chart = pygal.HorizontalBar(
        **_base_config(labels, height, max(1, biggest) / 0.55, show_legend=True)
    )
    for index, column in enumerate(columns):
        column = str(column)
        chart.add(
            column,
            list(reversed([values[index] for _label, values in rows])),
            formatter=lambda x, column=column: f"{column}: {x:g}",
        )
    return _render(chart, chart_name(caption))


def chart_for(figure) -> SafeString:
    if len(figure.columns) == 1:
        return bar_chart(figure.caption, figure.rows)
    return grouped_bar_chart(figure.caption, figure.columns, figure.rows)
