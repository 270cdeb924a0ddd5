// Package loader turns source bytes into a model.Briefing: it cleans the
// text once, detects each source's format (live page or article), parses
// posts, finds people, attributes quotes and reads the options an analysis
// lays out. Nothing about any particular briefing is written in Go; the
// reference list of leaders arrives as data in Config.
package loader
