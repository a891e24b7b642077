package s3

// SetMaxKeys makes c list at most n keys a page.
func SetMaxKeys(c *Client, n int) { c.maxKeys = n }
