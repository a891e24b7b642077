package web

import (
	"context"
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
