// Package ctxio stops long reads and waits when their context ends: a copy
// of a large blob, a stream's decompression, a pause before a retry. Each
// Read checks the context first, so a cancelled or timed-out caller stops
// within one buffer.
package ctxio

import (
	"context"
	"io"
)

// Reader returns r, stopping with ctx's error once ctx ends.
func Reader(ctx context.Context, r io.Reader) io.Reader { return reader{ctx, r} }

type reader struct {
	ctx context.Context
	r   io.Reader
}

func (c reader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
