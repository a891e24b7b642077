package web

import (
	"context"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
)

// transfersCountingIndex counts the computations of the transfers; gen is the
// generation generationalIndex says it reads.
type transfersCountingIndex struct {
	*fakeIndex
	computed atomic.Int32
	gen      atomic.Uint64
}

func (c *transfersCountingIndex) Transfers(ctx context.Context) (*index.Transfers, error) {
	c.computed.Add(1)
	return c.fakeIndex.Transfers(ctx)
}

type generationalIndex struct{ *transfersCountingIndex }

func (g generationalIndex) GenerationIn(context.Context) uint64 { return g.gen.Load() }

// TestTransfersKeptWithinAGeneration checks when the transfers are
// computed again: within one generation never, however old the answer;
// for a new generation at once; without generations after answerTTL.
func TestTransfersKeptWithinAGeneration(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		generations bool
		// computed after: a first ask, an ask past answerTTL, an ask in a
		// new generation
		want [3]int32
	}{
		{"index with generations", true, [3]int32{1, 1, 2}},
		{"index without generations", false, [3]int32{1, 2, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			counting := &transfersCountingIndex{fakeIndex: newFakeIndex()}
			counting.gen.Store(1)
			var ix Index = counting
			if tc.generations {
				ix = generationalIndex{counting}
			}
			var c transfersCache
			ask := func(step int) {
				t.Helper()
				set, err := c.get(ctx, ix)
				if err != nil || set == nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if got := counting.computed.Load(); got != tc.want[step] {
					t.Errorf("step %d: computed %d times, want %d", step, got, tc.want[step])
				}
			}
			ask(0)
			c.at = time.Now().Add(-2 * answerTTL)
			ask(1)
			counting.gen.Store(2)
			ask(2)
		})
	}
}

// preparingIndex counts the preparations the site asks of the index.
type preparingIndex struct {
	generationalIndex
	prepared atomic.Int32
}

func (p *preparingIndex) Prepare(context.Context) error {
	p.prepared.Add(1)
	return nil
}

// TestKeepPrepared checks that a served generation's transfers and the
// index's own preparation are done before any reader asks, once per
// generation, and that KeepPrepared ends with its context (at once for an
// index without generations).
func TestKeepPrepared(t *testing.T) {
	counting := &transfersCountingIndex{fakeIndex: newFakeIndex()}
	counting.gen.Store(1)
	ix := &preparingIndex{generationalIndex: generationalIndex{counting}}
	h, err := New(Config{Index: ix, Documents: counting.fakeIndex})
	if err != nil {
		t.Fatal(err)
	}
	waitFor := func(what string, done func() bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !done(); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not done after 10s (transfers computed %d times, index prepared %d times)",
					what, counting.computed.Load(), ix.prepared.Load())
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { h.KeepPrepared(ctx, time.Millisecond); close(stopped) }()
	waitFor("first generation", func() bool { return counting.computed.Load() == 1 && ix.prepared.Load() == 1 })

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/transfers", nil))
	if rec.Code != 200 || counting.computed.Load() != 1 {
		t.Errorf("/transfers answered %d and computed the transfers %d times, want 200 and the one preparation", rec.Code, counting.computed.Load())
	}
	time.Sleep(20 * time.Millisecond) // many intervals within one generation
	if n := counting.computed.Load(); n != 1 {
		t.Errorf("transfers computed %d times within one generation, want 1", n)
	}

	counting.gen.Store(2)
	waitFor("second generation", func() bool { return counting.computed.Load() == 2 && ix.prepared.Load() == 2 })
	cancel()
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Fatal("KeepPrepared goes on after its context ended")
	}

	plain := &transfersCountingIndex{fakeIndex: newFakeIndex()}
	h, err = New(Config{Index: plain, Documents: plain.fakeIndex})
	if err != nil {
		t.Fatal(err)
	}
	h.KeepPrepared(context.Background(), time.Millisecond) // returns: no generations to follow
	if n := plain.computed.Load(); n != 1 {
		t.Errorf("without generations: transfers computed %d times, want 1", n)
	}
}
