/* Minimal command-file renderer on libHaru (as a small C application's print module would be).
   Commands (one per line, text in CP1252): P | F name size | T x y text | C x y text (centred) |
   D x y text (right-aligned) | R x y w h gray(-1 = no fill) | L x1 y1 x2 y2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hpdf.h>
static void err(HPDF_STATUS e, HPDF_STATUS d, void *u) { fprintf(stderr, "hpdf error %04X %u\n", (unsigned)e, (unsigned)d); exit(1); }
int main(int argc, char **argv) {
    if (argc < 3) return 2;
    FILE *in = fopen(argv[1], "rb"); if (!in) return 1;
    HPDF_Doc pdf = HPDF_New(err, NULL);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Determinazione");
    HPDF_Page page = NULL; HPDF_Font font = NULL; float size = 10;
    char line[4096];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = 0;
        char *p = line;
        if (line[0] == 'P') { page = HPDF_AddPage(pdf); HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT); HPDF_Page_SetLineWidth(page, 0.6); continue; }
        if (line[0] == 'F') { char name[64]; sscanf(line + 2, "%63s %f", name, &size); font = HPDF_GetFont(pdf, name, "WinAnsiEncoding"); HPDF_Page_SetFontAndSize(page, font, size); continue; }
        if (line[0] == 'T' || line[0] == 'C' || line[0] == 'D') {
            float x, y; int n = 0; sscanf(line + 2, "%f %f %n", &x, &y, &n); p = line + 2 + n;
            float w = HPDF_Page_TextWidth(page, p);
            if (line[0] == 'C') x -= w / 2; if (line[0] == 'D') x -= w;
            HPDF_Page_BeginText(page); HPDF_Page_TextOut(page, x, y, p); HPDF_Page_EndText(page); continue; }
        if (line[0] == 'R') { float x, y, w, h, g; sscanf(line + 2, "%f %f %f %f %f", &x, &y, &w, &h, &g);
            if (g >= 0) { HPDF_Page_SetGrayFill(page, g); HPDF_Page_Rectangle(page, x, y, w, h); HPDF_Page_FillStroke(page); HPDF_Page_SetGrayFill(page, 0); }
            else { HPDF_Page_Rectangle(page, x, y, w, h); HPDF_Page_Stroke(page); } continue; }
        if (line[0] == 'L') { float a, b, c, d; sscanf(line + 2, "%f %f %f %f", &a, &b, &c, &d);
            HPDF_Page_MoveTo(page, a, b); HPDF_Page_LineTo(page, c, d); HPDF_Page_Stroke(page); continue; }
    }
    HPDF_SaveToFile(pdf, argv[2]); HPDF_Free(pdf); return 0;
}
