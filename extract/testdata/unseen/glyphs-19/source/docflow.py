"""docflow: flows paragraphs over A4 pages for the hand-written documents.
Each page is a textlay.Stream; a page's running head and foot are drawn
first (a callback), so that they precede the body in the content stream."""
from textlay import Stream, wrap

A4W, A4H = 595.28, 841.89


class Flow:
    def __init__(self, left=62, right=62, top=70, bottom=70, on_new_page=None):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = A4W - left - right
        self.pages = []
        self.on_new_page = on_new_page
        self.new_page()

    @property
    def st(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Stream())
        self.y = A4H - self.top
        if self.on_new_page:
            self.on_new_page(self, len(self.pages))

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def para(self, font, size, text, leading=None, mode="tw", justify=True, tc=0.0, indent=0.0,
             x=None, width=None, space_after=4):
        leading = leading or size * 1.3
        x = self.left if x is None else x
        width = self.width if width is None else width
        words = text.split()
        first = True
        while words:
            avail = int((self.y - self.bottom) // leading)
            if avail < 1:
                self.new_page()
                continue
            ind = indent if first else 0.0
            lines = wrap(words, font, size, width - ind, tc)
            if ind and len(lines) > 1:
                rest = wrap(words[len(lines[0]):], font, size, width, tc)
                lines = [lines[0]] + rest
            chunk = lines[:avail]
            n = sum(len(l) for l in chunk)
            more = len(lines) > avail
            top = self.y - size
            self.st.para(font, size, x, top, width, leading, " ".join(words[:n]), mode=mode,
                         justify=justify, tc=tc, indent=ind, last_justify=more and justify)
            self.y -= len(chunk) * leading
            words = words[n:]
            first = False
            if more:
                self.new_page()
        self.y -= space_after

    def line(self, font, size, text, align="left", tc=0.0, leading=None, x=None, width=None):
        leading = leading or size * 1.3
        self.need(leading)
        x = self.left if x is None else x
        width = self.width if width is None else width
        self.st.text(font, size, x, self.y - size, text, align=align, tc=tc, width=width)
        self.y -= leading
