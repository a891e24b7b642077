package index

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestOnEveryProcessor(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		calls := make([]atomic.Int32, n)
		if err := onEveryProcessor(context.Background(), n, func(i int) { calls[i].Add(1) }); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Fatalf("n=%d: %d called %d times", n, i, c)
			}
		}
	}

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	var before atomic.Int32
	if err := onEveryProcessor(cancelled, 10, func(int) { before.Add(1) }); !errors.Is(err, context.Canceled) || before.Load() != 0 {
		t.Errorf("a context ended before: %v, %d calls", err, before.Load())
	}

	// Ended midway: the calls started have all returned when it does.
	ctx, stop := context.WithCancel(context.Background())
	var running, started atomic.Int32
	err := onEveryProcessor(ctx, 10000, func(i int) {
		running.Add(1)
		if started.Add(1) == 5 {
			stop()
		}
		running.Add(-1)
	})
	if !errors.Is(err, context.Canceled) || running.Load() != 0 || started.Load() == 10000 {
		t.Errorf("a context ended midway: %v, %d running, %d started", err, running.Load(), started.Load())
	}
}
