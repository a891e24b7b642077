package index

import (
	"context"
	"runtime"
	"sync"
)

// onEveryProcessor calls do(i) for each i below n, on as many goroutines
// as the process has processors, and returns once every call it started
// has returned: ctx.Err() when ctx ended before every i was handed out.
func onEveryProcessor(ctx context.Context, n int, do func(i int)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	defer wg.Wait()
	defer close(next)
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
