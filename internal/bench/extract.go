package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/pdftext"
)

// extractRoots are the folders whose PDFs are timed: the project's own
// and the shared real documents, read in place.
var extractRoots = []string{
	"testdata",
	"extract/testdata",
	"../shared/fixtures",
	"../shared/realdata",
	"../shared/realdata-corpus",
}

// extractPeers are the tools people would use instead to read a PDF's
// text, each as a command printing to stdout: written beside its input
// the text would land in the read-only ../shared.
var extractPeers = []struct {
	name    string
	command []string // fileArg stands for the file's path
	install string
}{
	{"pdftotext", []string{"pdftotext", "-layout", fileArg, "-"}, "poppler-utils"},
	{"mutool", []string{"mutool", "draw", "-F", "txt", fileArg}, "mupdf-tools"},
}

// fileArg is the place of the file's path in a peer's command.
const fileArg = "{file}"

// peerArgs are the arguments of peer i's command on path.
func peerArgs(i int, path string) []string {
	args := slices.Clone(extractPeers[i].command[1:])
	args[slices.Index(args, fileArg)] = path
	return args
}

// benchExtract times albo-extract (and albo extract beside it) against
// each peer on one file of each PDF producer found in extractRoots (the
// one with the most pages that have text): wall and CPU time per page as
// whole commands, process start included on every side, and albo's
// in-process time per page.
func benchExtract(ctx context.Context, cfg *config, out *table) error {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return fmt.Errorf("the baseline needs pdftotext (Debian: poppler-utils): %w", err)
	}
	var peers []string
	for _, p := range extractPeers {
		if _, err := exec.LookPath(p.command[0]); err != nil {
			fmt.Fprintf(os.Stderr, "bench: %s is not installed (Debian: %s); its column stays empty\n", p.command[0], p.install)
			out.row("extract", p.name, "not installed", "Debian: "+p.install, "")
			peers = append(peers, "")
			continue
		}
		peers = append(peers, p.name)
	}
	if err := benchStart(ctx, cfg, out, peers); err != nil {
		fmt.Fprintf(os.Stderr, "bench: process start: %v\n", err)
		out.row("extract", "process start", "FAILED", err.Error(), "")
	}
	files, err := producerFiles(ctx, extractRoots)
	if err != nil {
		return err
	}
	goals := newExtractGoals()
	for _, f := range files {
		if err := benchExtractFile(ctx, cfg, out, f, peers, goals); err != nil {
			fmt.Fprintf(os.Stderr, "bench: extract %s: %v\n", f.path, err)
			out.row("extract", filepath.Base(f.path), "FAILED", err.Error(), "")
		}
	}
	for _, g := range goals {
		misses := "none"
		if len(g.misses) > 0 {
			misses = strings.Join(g.misses, ", ")
		}
		out.row("extract", fmt.Sprintf("files within the goal: albo-extract %s ≤ %.1f× %s", g.measure, g.limit, g.peer),
			fmt.Sprintf("%d of %d", g.measured-len(g.misses), g.measured), "", "over it: "+misses)
	}
	return nil
}

// extractGoal is one goal every file's figures are held to: albo-extract's
// measure at most limit times the peer's; misses name the files over it.
type extractGoal struct {
	measure, peer string
	limit         float64
	measured      int
	misses        []string
}

// newExtractGoals are the goals for extraction, in the order the
// bench prints them.
func newExtractGoals() []*extractGoal {
	return []*extractGoal{
		{measure: "CPU", peer: "pdftotext", limit: 1.0},
		{measure: "CPU", peer: "mutool", limit: 1.5},
		{measure: "peak RSS", peer: "pdftotext", limit: 2.0},
	}
}

// tally counts a file's ratio of measure against peer toward the goal
// that holds them, if any.
func tally(goals []*extractGoal, measure, peer, file string, ratio float64) {
	for _, g := range goals {
		if g.measure == measure && g.peer == peer {
			g.measured++
			// As printed: a ratio that prints as the limit is within it.
			if math.Round(ratio*100) > math.Round(g.limit*100) {
				g.misses = append(g.misses, fmt.Sprintf("%s %.2f×", file, ratio))
			}
		}
	}
}

// benchStart times what every command pays before its work: albo-extract
// and albo printing their version against each installed peer printing its
// own (`-v`), CPU time and peak RSS. It is the floor under the one-page
// files' figures below.
func benchStart(ctx context.Context, cfg *config, out *table, peers []string) error {
	cmds := []timedCommand{{name: cfg.alboExtract, args: []string{"--version"}}, {name: cfg.albo, args: []string{"version"}}}
	for i, p := range extractPeers {
		if peers[i] != "" {
			cmds = append(cmds, timedCommand{name: p.command[0], args: []string{"-v"}})
		}
	}
	times, err := timeCommands(ctx, cfg.rounds, cmds...)
	if err != nil {
		return err
	}
	rss := make([]int64, len(cmds))
	for i, c := range cmds {
		if rss[i], err = peakRSS(ctx, cfg.repeat, false, c.name, c.args...); err != nil {
			return err
		}
	}
	var baseline []string
	for i, c := range cmds[2:] {
		baseline = append(baseline, fmt.Sprintf("%s -v %v, %s", filepath.Base(c.name), times[i+2].cpu.Round(10*time.Microsecond), mib(rss[i+2])))
	}
	for i, what := range []string{"albo-extract --version", "albo version"} {
		var ratios []string
		for j, c := range cmds[2:] {
			ratios = append(ratios, fmt.Sprintf("/%s %.2f× CPU, %.2f× RSS", filepath.Base(c.name),
				times[i].cpu.Seconds()/times[j+2].cpu.Seconds(), float64(rss[i])/float64(max(rss[j+2], 1))))
		}
		out.row("extract", "process start: "+what+", CPU and peak RSS (the floor of every command)",
			fmt.Sprintf("%v, %s", times[i].cpu.Round(10*time.Microsecond), mib(rss[i])), strings.Join(baseline, "; "), strings.Join(ratios, ", "))
	}
	return nil
}

// benchExtractFile prints f's lines; peers names the installed peers, ""
// for one that is not. The headline is albo-extract, the binary for one
// process per file; a line of its own says what albo extract, the full
// binary, pays beside it for initialising the rest of albo.
func benchExtractFile(ctx context.Context, cfg *config, out *table, f producerFile, peers []string, goals []*extractGoal) error {
	data, err := os.ReadFile(f.path)
	if err != nil {
		return err
	}
	slim := []string{cfg.alboExtract, f.path}
	full := []string{cfg.albo, "extract", f.path}
	cmds := []timedCommand{{name: slim[0], args: slim[1:], problemsRead: true}, {name: full[0], args: full[1:], problemsRead: true}}
	for i, p := range extractPeers {
		if peers[i] != "" {
			cmds = append(cmds, timedCommand{name: p.command[0], args: peerArgs(i, f.path)})
		}
	}
	times, err := timeCommands(ctx, cfg.rounds, cmds...)
	if err != nil {
		return err
	}
	albo, alboFull := times[0], times[1]
	peerTimes := make([]commandTime, len(extractPeers))
	for i, j := 0, 2; i < len(extractPeers); i++ {
		if peers[i] != "" {
			peerTimes[i] = times[j]
			j++
		}
	}
	// In process last: the loop leaves this process a heap its collector
	// and scavenger work on for a while, beside the commands' runs.
	inProc, err := median(cfg.repeat, func() error {
		_, err := extract.Read(ctx, f.path, data, extract.Options{})
		return err
	})
	if err != nil {
		return err
	}
	producer := f.producer
	if r := []rune(producer); len(r) > 40 {
		producer = string(r[:39]) + "…"
	}
	name := fmt.Sprintf("%s (%s, %d pages)", filepath.Base(f.path), producer, f.pages)
	for _, m := range []struct {
		what, goal string
		of         func(commandTime) time.Duration
	}{
		{"wall", "", func(t commandTime) time.Duration { return t.wall }},
		{"CPU", " (goal ≤ 1.0× pdftotext, ≤ 1.5× mutool)", func(t commandTime) time.Duration { return t.cpu }},
	} {
		var baseline, ratios []string
		for i, p := range extractPeers {
			if peers[i] == "" {
				continue
			}
			ratio := m.of(albo).Seconds() / m.of(peerTimes[i]).Seconds()
			baseline = append(baseline, p.name+" "+perPage(m.of(peerTimes[i]), f.pages))
			ratios = append(ratios, fmt.Sprintf("albo/%s %.2f×", p.name, ratio))
			tally(goals, m.what, p.name, filepath.Base(f.path), ratio)
		}
		out.row("extract", name+", "+m.what+", albo-extract", perPage(m.of(albo), f.pages), strings.Join(baseline, "; "),
			strings.Join(ratios, ", ")+m.goal)
	}
	rss, slimRSS, err := peakRSSRow(ctx, cfg.repeat, f.path, slim, peers, func(peer string, ratio float64) {
		tally(goals, "peak RSS", peer, filepath.Base(f.path), ratio)
	})
	if err != nil {
		return err
	}
	out.row("extract", name+", peak RSS, albo-extract", rss[0], rss[1], rss[2])
	if slimRSS > 0 { // GNU time is there
		fullRSS, err := peakRSS(ctx, cfg.repeat, true, full[0], full[1:]...)
		if err != nil {
			return err
		}
		out.row("extract", name+", albo extract (the full binary): CPU, peak RSS",
			fmt.Sprintf("%s, %s", perPage(alboFull.cpu, f.pages), mib(fullRSS)), "albo-extract, as above",
			fmt.Sprintf("full/slim %.2f× CPU, %.2f× RSS", alboFull.cpu.Seconds()/albo.cpu.Seconds(), float64(fullRSS)/float64(slimRSS)))
	}
	out.row("extract", name+", wall, in process", perPage(inProc, f.pages), "", "")
	return nil
}

// peakRSSRow measures the most memory the albo command (name and
// arguments) and each installed peer hold at once on path, one run each
// under GNU time (its own small process forks the command, so the figure
// is the command's alone, not inherited from this large one), and returns
// the row's three cells and albo's figure (0 without GNU time); ratio is
// told albo's ratio to each peer.
func peakRSSRow(ctx context.Context, n int, path string, albo []string, peers []string, ratio func(peer string, r float64)) ([3]string, int64, error) {
	if _, err := exec.LookPath(gnuTime); err != nil {
		return [3]string{"not measured", "needs GNU time (Debian: time)", ""}, 0, nil
	}
	own, err := peakRSS(ctx, n, true, albo[0], albo[1:]...)
	if err != nil {
		return [3]string{}, 0, err
	}
	var baseline, ratios []string
	for i, p := range extractPeers {
		if peers[i] == "" {
			continue
		}
		theirs, err := peakRSS(ctx, n, false, p.command[0], peerArgs(i, path)...)
		if err != nil {
			return [3]string{}, 0, err
		}
		r := float64(own) / float64(max(theirs, 1))
		ratio(p.name, r)
		baseline = append(baseline, p.name+" "+mib(theirs))
		ratios = append(ratios, fmt.Sprintf("albo/%s %.2f×", p.name, r))
	}
	return [3]string{mib(own), strings.Join(baseline, "; "), strings.Join(ratios, ", ") + " (goal ≤ 2.0× pdftotext)"}, own, nil
}

// gnuTime is GNU time, which reports a command's peak RSS.
const gnuTime = "/usr/bin/time"

// peakRSS runs the command n times under GNU time and returns the median
// of its peak RSS in bytes: one run's figure strays by a MiB or two (a
// full bench once read 17 MiB for the albo version that reads 15.5 MiB
// run after run); with problemsRead, exit status 1 is not a failure.
func peakRSS(ctx context.Context, n int, problemsRead bool, name string, args ...string) (int64, error) {
	var peaks []int64
	for range max(n, 1) {
		peak, err := peakRSSOnce(ctx, problemsRead, name, args...)
		if err != nil {
			return 0, err
		}
		peaks = append(peaks, peak)
	}
	return medianOf(peaks), nil
}

// peakRSSOnce runs the command once under GNU time and returns its peak
// RSS in bytes.
func peakRSSOnce(ctx context.Context, problemsRead bool, name string, args ...string) (int64, error) {
	report, err := os.CreateTemp("", "albo-bench-rss-*")
	if err != nil {
		return 0, err
	}
	report.Close()
	defer os.Remove(report.Name())
	cmd := exec.CommandContext(ctx, gnuTime, append([]string{"-f", "%M", "-o", report.Name(), name}, args...)...)
	if err := runCommand(cmd, problemsRead); err != nil {
		return 0, err
	}
	data, err := os.ReadFile(report.Name())
	if err != nil {
		return 0, err
	}
	lines := strings.Fields(string(data)) // "Command exited with non-zero status 1" may come first
	if len(lines) == 0 {
		return 0, fmt.Errorf("%s: GNU time reported nothing", name)
	}
	kib, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: GNU time reported %q", name, data)
	}
	return kib << 10, nil
}

// producerFile is the file timed for one PDF producer.
type producerFile struct {
	path     string
	producer string
	pages    int
	// textPages counts the pages with text, by which the file is chosen.
	textPages int
}

// producerFiles reads every PDF under roots (missing roots are skipped)
// and keeps, for each producer, the file with the most pages that have
// text; files that are not readable PDFs, and scans without any text,
// are left out, as a text extractor has nothing to do with them.
func producerFiles(ctx context.Context, roots []string) ([]producerFile, error) {
	best := map[string]producerFile{}
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && path == root {
				return fs.SkipDir
			}
			if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".pdf") {
				return err
			}
			doc, err := readPositioned(ctx, path)
			if err != nil {
				return nil // not a PDF, encrypted, damaged beyond reading: not a producer's output
			}
			f := producerFile{path: path, producer: cmp.Or(strings.TrimSpace(doc.Producer), "no producer"), pages: len(doc.Pages)}
			for _, p := range doc.Pages {
				if len(p.Runs) > 0 {
					f.textPages++
				}
			}
			if b, ok := best[f.producer]; f.textPages > 0 && (!ok || f.textPages > b.textPages) {
				best[f.producer] = f
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	files := make([]producerFile, 0, len(best))
	for _, f := range best {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b producerFile) int { return cmp.Compare(a.producer, b.producer) })
	return files, nil
}

func readPositioned(ctx context.Context, path string) (*pdftext.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return pdftext.Read(ctx, f, info.Size())
}

func perPage(d time.Duration, pages int) string {
	return fmt.Sprintf("%.2f ms/page", float64(d.Microseconds())/1000/float64(pages))
}

// median runs f n times and returns the median duration.
func median(n int, f func() error) (time.Duration, error) {
	times := make([]time.Duration, 0, n)
	for range max(n, 1) {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		times = append(times, time.Since(start))
	}
	return medianOf(times), nil
}

// medianOf is the median of xs, which it sorts.
func medianOf[T cmp.Ordered](xs []T) T {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// commandTime is what a command took: the medians of its wall time and
// of its CPU time (user and system) over several runs.
type commandTime struct{ wall, cpu time.Duration }

// runCommand runs cmd, discarding its output; with problemsRead, exit
// status 1 (albo: the file was read with problems) is not a failure.
func runCommand(cmd *exec.Cmd, problemsRead bool) error {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err != nil && (!problemsRead || cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1) {
		return fmt.Errorf("%s: %w: %s", strings.Join(cmd.Args, " "), err, tail(stderr.Bytes()))
	}
	return nil
}

// timedCommand is a command to time; with problemsRead, exit status 1
// (albo: the file was read with problems) is not a failure.
type timedCommand struct {
	name         string
	args         []string
	problemsRead bool
}

// timeCommands runs the commands in turn for n rounds (a, b, c, a, b,
// c, …), discarding their output, and returns each one's medians. Taking
// turns lays a change in the machine's load (another process, this
// bench's own collector) on every command alike; n runs of one command
// and then n of the next laid it on whichever ran at the time, and read
// up to 1.2× apart the ratios interleaved runs read at 0.95×.
func timeCommands(ctx context.Context, n int, cmds ...timedCommand) ([]commandTime, error) {
	walls := make([][]time.Duration, len(cmds))
	cpus := make([][]time.Duration, len(cmds))
	for range max(n, 1) {
		for i, c := range cmds {
			cmd := exec.CommandContext(ctx, c.name, c.args...)
			start := time.Now()
			if err := runCommand(cmd, c.problemsRead); err != nil {
				return nil, err
			}
			walls[i] = append(walls[i], time.Since(start))
			cpus[i] = append(cpus[i], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
	}
	times := make([]commandTime, len(cmds))
	for i := range cmds {
		times[i] = commandTime{wall: medianOf(walls[i]), cpu: medianOf(cpus[i])}
	}
	return times, nil
}
