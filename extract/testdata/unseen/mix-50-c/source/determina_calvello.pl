#!/usr/bin/perl
# Comune di Calvello - determinazione printed as a legacy 80-column spool, PDF::Create (Courier, WinAnsi)
use strict; use warnings; use PDF::Create; use Encode; use File::Basename;
my $out = shift or die "usage: $0 out.pdf\n";
my $src = dirname($0) . "/calvello/determina.txt";
open my $fh, '<:encoding(UTF-8)', $src or die $!; local $/; my $txt = <$fh>; close $fh;
$txt =~ s/\\f/\f/g;
my $pdf = PDF::Create->new(filename => $out, Author => 'CALVELLO', Title => 'DET 58-2026', Creator => 'STAMPA-ATTI');
my $root = $pdf->new_page(MediaBox => $pdf->get_page_size('A4'));
my $f = $pdf->font(Subtype => 'Type1', Encoding => 'WinAnsiEncoding', BaseFont => 'Courier');
for my $pg (split /\f\n?/, $txt) {
    my $page = $root->new_page; my $y = 800;
    for my $line (split /\n/, $pg) {
        $page->stringl($f, 9.6, 42, $y, encode('cp1252', $line)) if $line =~ /\S/;
        $y -= 11.6;
    }
}
$pdf->close;
