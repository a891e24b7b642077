"""Shared helpers for 10-12: layout of words into justified lines over minipdf."""
from minipdf import PDF, enc, f, width

def lines_of(text, font, size, maxw):
    out, cur = [], []
    for w in text.split():
        t = " ".join(cur + [w])
        if cur and width(t, font, size) > maxw:
            out.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: out.append(cur)
    return out
