// Copyright 2014 The Go Authors.  All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package pdf

// Albo's additions (see ALBO.md): a stream's decompressors are reused
// once it is closed, and an object stream is decompressed once per Reader.

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"sync"
)

// streamReader is the data of a stream, as Value.Reader returns it. Its
// Close hands its decompressors to the next stream read.
type streamReader struct {
	io.Reader
	inflaters []io.ReadCloser
}

// inflaters are zlib readers of closed streams. A zlib reader holds a
// 32 KiB window and its Huffman tables: allocated anew for each stream,
// they were most of the memory a short document's extraction allocated.
var inflaters sync.Pool

// inflate is a zlib reader of rd, reused from a closed stream when one is
// free, closed with s.
func (s *streamReader) inflate(rd io.Reader) io.ReadCloser {
	if zr, ok := inflaters.Get().(io.ReadCloser); ok {
		if err := zr.(zlib.Resetter).Reset(rd, nil); err != nil {
			panic(err)
		}
		s.inflaters = append(s.inflaters, zr)
		return zr
	}
	zr, err := zlib.NewReader(rd)
	if err != nil {
		panic(err)
	}
	s.inflaters = append(s.inflaters, zr)
	return zr
}

// errStreamClosed is what a stream read after Close returns.
var errStreamClosed = errors.New("read of a closed stream")

// Close ends the stream: its decompressors go to the next stream read, and
// a read after Close fails.
func (s *streamReader) Close() error {
	for _, zr := range s.inflaters {
		inflaters.Put(zr)
	}
	s.inflaters = nil
	s.Reader = &errorReadCloser{errStreamClosed}
	return nil
}

// objStreamCache keeps the decompressed data of a Reader's object streams.
// Each object read from an object stream used to decompress the stream
// again up to the object: most of the decompression of a document whose
// objects are kept in streams, as most producers' are since PDF 1.5.
type objStreamCache struct {
	mu    sync.Mutex
	data  map[objptr][]byte // nil for a stream read without the cache
	bytes int
}

// Bounds of the cache: the data kept per Reader, and per object stream.
// A larger stream (a compression bomb among them) is decompressed each
// time again, up to the object sought, as the library always did.
const (
	maxObjStreamCache = 32 << 20
	maxObjStream      = 4 << 20
)

// reader returns the data of the object stream strm: from the cache, or
// decompressed and kept when the whole stream decompresses within the
// bounds. A stream that fails to decompress or is too large is read as
// before, up to the object, so that the objects before a damage are still
// found.
func (c *objStreamCache) reader(strm Value) io.Reader {
	c.mu.Lock()
	data, ok := c.data[strm.ptr]
	c.mu.Unlock()
	if ok && data == nil {
		return strm.Reader()
	}
	if ok {
		return bytes.NewReader(data)
	}
	rd := strm.Reader()
	data, err := io.ReadAll(io.LimitReader(rd, maxObjStream+1))
	rd.Close()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil {
		c.data = make(map[objptr][]byte)
	}
	if err != nil || len(data) > maxObjStream || c.bytes+len(data) > maxObjStreamCache {
		c.data[strm.ptr] = nil // streamed from now on
		return strm.Reader()
	}
	c.data[strm.ptr] = data
	c.bytes += len(data)
	return bytes.NewReader(data)
}
