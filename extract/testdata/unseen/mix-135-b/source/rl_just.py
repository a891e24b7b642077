"""A small line-breaker for ReportLab canvases that justifies the way report
engines do: one string per line, the slack spread with Tw (word spacing),
and, where a line has a single long word, with Tc (character spacing)."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def lines_of(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(c, x, y, text, font="Helvetica", size=10, width=480, leading=13,
              indent=0, first=None, last_justify=False, align="J"):
    """Draw TEXT justified into WIDTH from (x, y) downwards; return the new y.
    FIRST is an optional label set at x (e.g. '1.') with the body at x+indent."""
    bw = width - indent
    ls = lines_of(text, font, size, bw)
    for i, words in enumerate(ls):
        line = " ".join(words)
        t = c.beginText()
        t.setTextOrigin(x + indent, y)
        t.setFont(font, size)
        natural = stringWidth(line, font, size)
        is_last = i == len(ls) - 1
        if align == "C":
            t.setTextOrigin(x + indent + (bw - natural) / 2, y)
        elif align == "J" and (not is_last or last_justify):
            gaps = len(words) - 1
            slack = bw - natural
            if gaps > 0:
                t.setWordSpace(slack / gaps)
            else:
                t.setCharSpace(slack / max(1, len(line) - 1))
        t.textOut(line)
        if align == "J":
            t.setWordSpace(0)
            t.setCharSpace(0)
        c.drawText(t)
        if i == 0 and first:
            c.setFont(font, size)
            c.drawString(x, y, first)
        y -= leading
    return y
