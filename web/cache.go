package web

import (
	"context"
	"sync"
	"time"

	"github.com/openalbo/albo/index"
)

// transfersTTL is how long the list of transfers is reused. It changes
// only when the index is updated, and computing it walks every plan
// revision, which is too slow to repeat for every page that shows it.
const transfersTTL = time.Minute

// transfersCache computes the transfers once for all the requests that
// arrive while it is computing and reuses them for transfersTTL.
type transfersCache struct {
	mu  sync.Mutex
	at  time.Time
	val *index.Transfers
}

func (c *transfersCache) get(ctx context.Context, ix Index) (*index.Transfers, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.val != nil && time.Since(c.at) < transfersTTL {
		return c.val, nil
	}
	tr, err := ix.Transfers(ctx)
	if err != nil {
		return nil, err
	}
	c.val, c.at = tr, time.Now()
	return tr, nil
}
